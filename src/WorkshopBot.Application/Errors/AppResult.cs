using System.Diagnostics.CodeAnalysis;
using WorkshopBot.Domain;

namespace WorkshopBot.Application.Errors;

// What every use case answers: a value, or a DomainError whose code ErrorCatalog turns into an HTTP
// status and a user message. Domain and application refusals share the one error type and code list.
public sealed class AppResult<T>
{
    private AppResult(T? value, DomainError? error)
    {
        Value = value;
        Error = error;
    }

    public T? Value { get; }

    public DomainError? Error { get; }

    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Error is null;

    public static implicit operator AppResult<T>(T value) => new(value, null);

    public static implicit operator AppResult<T>(DomainError error) => new(default, error ?? throw new ArgumentNullException(nameof(error)));
}
