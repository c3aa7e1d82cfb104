namespace WorkshopBot.Domain.Monitoring;

// What the entry form sends: either Value, or Numerator with Denominator.
public sealed record MeasurementInput(decimal? Value, decimal? Numerator, decimal? Denominator, string? Source, string? Note);
