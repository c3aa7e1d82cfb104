namespace WorkshopBot.Domain.Sharing;

public interface IShareLinkStore
{
    Task<ShareLink?> GetAsync(string werkgroepId, string linkId, CancellationToken cancellationToken);

    Task<IReadOnlyList<ShareLink>> ListAsync(string werkgroepId, CancellationToken cancellationToken);

    Task AddAsync(ShareLink link, CancellationToken cancellationToken);

    // Returns false when the link does not exist. Revoking twice keeps the first revocation time.
    Task<bool> RevokeAsync(string werkgroepId, string linkId, DateTimeOffset revokedAt, CancellationToken cancellationToken);

    // The key that signs share-link tokens. Created once, shared by every app instance, so no
    // secret has to be configured or deployed.
    Task<byte[]> GetOrCreateSigningKeyAsync(CancellationToken cancellationToken);
}
