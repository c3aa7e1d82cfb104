namespace WorkshopBot.Coaching.Tests.Agreement;

public sealed record AgreementRow(string Criterion, int Agreed, int Total, int ExpectedFailed, int CoachFailed)
{
    public double Rate => Total == 0 ? 1 : (double)Agreed / Total;
}
