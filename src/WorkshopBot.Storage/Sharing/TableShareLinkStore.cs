using System.Security.Cryptography;
using Azure;
using Azure.Data.Tables;
using WorkshopBot.Domain.Sharing;

namespace WorkshopBot.Storage.Sharing;

public sealed class TableShareLinkStore(TableClient table) : IShareLinkStore
{
    private byte[]? signingKey;

    public async Task<ShareLink?> GetAsync(string werkgroepId, string linkId, CancellationToken cancellationToken)
    {
        if (!TableKeys.IsStorable(werkgroepId) || !TableKeys.IsStorable(linkId))
        {
            return null;
        }

        var response = await table.GetEntityIfExistsAsync<ShareLinkEntity>(werkgroepId, linkId, cancellationToken: cancellationToken);
        return response.HasValue && response.Value is { } entity ? ToLink(entity) : null;
    }

    public async Task<IReadOnlyList<ShareLink>> ListAsync(string werkgroepId, CancellationToken cancellationToken)
    {
        var links = new List<ShareLink>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {werkgroepId}");
        await foreach (var entity in table.QueryAsync<ShareLinkEntity>(filter, cancellationToken: cancellationToken))
        {
            links.Add(ToLink(entity));
        }

        return links.OrderByDescending(link => link.CreatedAt).ToList();
    }

    public async Task AddAsync(ShareLink link, CancellationToken cancellationToken)
    {
        var entity = new ShareLinkEntity
        {
            PartitionKey = link.WerkgroepId,
            RowKey = link.Id,
            CreatedByUserId = link.CreatedByUserId,
            CreatedAt = link.CreatedAt,
            ExpiresAt = link.ExpiresAt,
            RevokedAt = link.RevokedAt,
        };
        await table.AddEntityAsync(entity, cancellationToken);
    }

    public async Task<bool> RevokeAsync(string werkgroepId, string linkId, DateTimeOffset revokedAt, CancellationToken cancellationToken)
    {
        if (!TableKeys.IsStorable(werkgroepId) || !TableKeys.IsStorable(linkId))
        {
            return false;
        }

        while (true)
        {
            var response = await table.GetEntityIfExistsAsync<ShareLinkEntity>(werkgroepId, linkId, cancellationToken: cancellationToken);
            if (!response.HasValue || response.Value is not { } entity)
            {
                return false;
            }

            if (entity.RevokedAt is not null)
            {
                return true;
            }

            entity.RevokedAt = revokedAt;
            try
            {
                await table.UpdateEntityAsync(entity, entity.ETag, TableUpdateMode.Replace, cancellationToken);
                return true;
            }
            catch (RequestFailedException ex) when (ex.Status == 412)
            {
                // Someone else changed the row; read it again and re-apply.
            }
        }
    }

    public async Task<byte[]> GetOrCreateSigningKeyAsync(CancellationToken cancellationToken)
    {
        if (signingKey is { } cached)
        {
            return cached;
        }

        var existing = await table.GetEntityIfExistsAsync<ShareLinkEntity>(ShareLinkEntity.KeyPartition, ShareLinkEntity.KeyRow, cancellationToken: cancellationToken);
        if (existing.HasValue && existing.Value?.SigningKey is { Length: > 0 } stored)
        {
            return signingKey = stored;
        }

        var fresh = new ShareLinkEntity
        {
            PartitionKey = ShareLinkEntity.KeyPartition,
            RowKey = ShareLinkEntity.KeyRow,
            SigningKey = RandomNumberGenerator.GetBytes(32),
        };
        try
        {
            await table.AddEntityAsync(fresh, cancellationToken);
            return signingKey = fresh.SigningKey;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            // Another instance created the key first: everyone must use that one.
            var winner = await table.GetEntityAsync<ShareLinkEntity>(ShareLinkEntity.KeyPartition, ShareLinkEntity.KeyRow, cancellationToken: cancellationToken);
            return signingKey = winner.Value.SigningKey!;
        }
    }

    private static ShareLink ToLink(ShareLinkEntity entity) =>
        new(entity.RowKey, entity.PartitionKey, entity.CreatedByUserId ?? "", entity.CreatedAt, entity.ExpiresAt, entity.RevokedAt);
}
