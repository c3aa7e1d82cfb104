namespace WorkshopBot.Storage.Workshops;

// UserWerkgroepen row "user moderates traject": PartitionKey = TableKeys.ForModerator(user id), RowKey =
// traject id. Moderator partitions start with "m", apart from the werkgroep rows ("u…") and the ledgers
// ("w-…", "t-…"), so the werkgroep index never reads them. The row keeps the original user id (long ids
// are hashed) and the traject version that last wrote it.
internal sealed class UserTrajectEntity : TableRow
{
    public string UserId { get; set; } = "";

    public string TenantId { get; set; } = "";

    public int TrajectVersion { get; set; }
}
