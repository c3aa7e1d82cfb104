namespace WorkshopBot.Domain;

// Either a value or a DomainError; rules return this instead of throwing for flow.
public sealed class DomainResult<T>
{
    private readonly T? _value;

    private DomainResult(T? value, DomainError? error)
    {
        _value = value;
        Error = error;
    }

    public DomainError? Error { get; }

    public bool IsSuccess => Error is null;

    public T Value => IsSuccess
        ? _value!
        : throw new InvalidOperationException($"No value: the operation failed with '{Error!.Code}'.");

    public static DomainResult<T> Success(T value) => new(value, null);

    public static DomainResult<T> Failure(DomainError error) => new(default, error ?? throw new ArgumentNullException(nameof(error)));

    public static implicit operator DomainResult<T>(T value) => Success(value);

    public static implicit operator DomainResult<T>(DomainError error) => Failure(error);

    public DomainResult<TNext> Then<TNext>(Func<T, DomainResult<TNext>> next) =>
        IsSuccess ? next(_value!) : DomainResult<TNext>.Failure(Error!);

    public override string ToString() => IsSuccess ? $"Success({_value})" : $"Failure({Error!.Code})";
}
