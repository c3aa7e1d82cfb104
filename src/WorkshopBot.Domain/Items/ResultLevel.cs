namespace WorkshopBot.Domain.Items;

// Samenleving: maatschappelijk resultaat (step 2). Voorziening: outcome of a service (step 5).
public enum ResultLevel
{
    Samenleving,
    Voorziening,
}
