namespace WorkshopBot.TestKit.Protocol;

public enum TestSigningKey
{
    // Published in the JWKS and endorsed for "msteams".
    Channel,

    // Published in the JWKS but endorsed only for "webchat".
    Unendorsed,

    // Published in the JWKS without endorsements (Entra ID style).
    Entra,

    // Not published at all (a kid the validator does not know).
    Unknown,
}
