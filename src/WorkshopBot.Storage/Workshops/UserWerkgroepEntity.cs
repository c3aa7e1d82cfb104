namespace WorkshopBot.Storage.Workshops;

// UserWerkgroepen row "user belongs to werkgroep": PartitionKey = TableKeys.ForUser(user id), RowKey =
// werkgroep id, so one partition query answers "which werkgroepen is this user in". The row keeps the
// original user id (long ids are hashed) and the werkgroep version that last set the role.
internal sealed class UserWerkgroepEntity : TableRow
{
    public string UserId { get; set; } = "";

    public string TrajectId { get; set; } = "";

    public string TenantId { get; set; } = "";

    public string Role { get; set; } = "";

    public int WerkgroepVersion { get; set; }
}
