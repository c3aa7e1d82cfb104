namespace WorkshopBot.BotProtocol.Connector;

// One admitted call. It counts against the limits from admission until one window after it is
// disposed, which must happen once the response (or failure) is back. Disposing twice is harmless.
public sealed class PacerLease : IDisposable
{
    private readonly OutboundPacer pacer;

    internal PacerLease(OutboundPacer pacer, long admittedAt)
    {
        this.pacer = pacer;
        AdmittedAt = admittedAt;
    }

    // Ticks (UTC) when the call was let through.
    internal long AdmittedAt { get; }

    // Ticks (UTC) when the call finished; null while it is in flight. Guarded by the pacer's lock.
    internal long? CompletedAt { get; set; }

    public void Dispose() => pacer.Complete(this);
}
