namespace WorkshopBot.Web.Identity;

// Signing in to the board cannot be checked right now: Entra's OpenID metadata or signing keys could
// not be fetched. The board answers 503 with Retry-After (BoardDenial.SignInUnavailable), not 401: the
// person's token may be fine.
public sealed class SignInUnavailableException : Exception
{
    public SignInUnavailableException()
        : base("The OpenID metadata for Teams sign-in could not be read.")
    {
    }

    public SignInUnavailableException(string message)
        : base(message)
    {
    }

    public SignInUnavailableException(Exception innerException)
        : base("The OpenID metadata for Teams sign-in could not be read.", innerException)
    {
    }

    public SignInUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
