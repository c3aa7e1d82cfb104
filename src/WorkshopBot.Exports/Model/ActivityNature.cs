namespace WorkshopBot.Exports.Model;

// Formal (contracted/professional) or informal (volunteers, residents' own networks).
public enum ActivityNature
{
    Formal,
    Informal,
}
