namespace WorkshopBot.Exports.Model;

// Kept Dutch: "society" and "service" would blur the compass distinction between step 2 and step 5.
public enum ResultLevel
{
    Samenleving,
    Voorziening,
}
