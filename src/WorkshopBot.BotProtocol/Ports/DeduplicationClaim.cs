using WorkshopBot.BotProtocol.Schema;

namespace WorkshopBot.BotProtocol.Ports;

public sealed record DeduplicationClaim(DeduplicationStatus Status, InvokeResponse? StoredResponse = null)
{
    public static DeduplicationClaim Claimed { get; } = new(DeduplicationStatus.Claimed);

    public static DeduplicationClaim InProgress { get; } = new(DeduplicationStatus.InProgress);

    public static DeduplicationClaim Completed(InvokeResponse? storedResponse) => new(DeduplicationStatus.Completed, storedResponse);

    public bool IsClaimed => Status == DeduplicationStatus.Claimed;
}
