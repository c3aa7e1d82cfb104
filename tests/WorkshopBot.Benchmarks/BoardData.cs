using System.Text.Json;
using WorkshopBot.Domain.Werkgroepen;

namespace WorkshopBot.Benchmarks;

// The board-data proxy: werkgroep -> the notes of every step as the board would draw them -> UTF-8 JSON.
public static class BoardData
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static byte[] Serialize(Werkgroep werkgroep, string viewerId)
    {
        var colours = werkgroep.Members.ToDictionary(m => m.UserId, m => m.Colour, StringComparer.Ordinal);
        var notes = werkgroep.Notes
            .Where(n => n.IsActive)
            .Select(n => new BoardNotePayload(
                n.Id,
                n.Step,
                n.Text,
                n.AuthorName,
                n.Organisation,
                colours.GetValueOrDefault(n.AuthorId, "#cccccc"),
                n.VoteCount,
                n.Votes.Any(v => v.UserId == viewerId),
                n.Cluster,
                n.Status.ToString(),
                n.CreatedAt))
            .ToList();
        return JsonSerializer.SerializeToUtf8Bytes(new { werkgroepId = werkgroep.Id, version = werkgroep.Version, notes }, Options);
    }
}
