namespace WorkshopBot.Storage.Sharing;

// PartitionKey = werkgroep id, RowKey = link id. The signing key lives in the same table under
// a partition no werkgroep id can take (ids never start with an underscore).
internal sealed class ShareLinkEntity : TableRow
{
    public const string KeyPartition = "_signing-keys";
    public const string KeyRow = "v1";

    public string? CreatedByUserId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
    public byte[]? SigningKey { get; set; }
}
