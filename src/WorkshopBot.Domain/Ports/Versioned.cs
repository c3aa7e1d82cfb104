namespace WorkshopBot.Domain.Ports;

// A stored aggregate with the ETag to pass back when saving it.
public sealed record Versioned<T>(T Value, string ETag);
