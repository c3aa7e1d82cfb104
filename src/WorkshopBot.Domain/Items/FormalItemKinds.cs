namespace WorkshopBot.Domain.Items;

// What a promoted note most likely becomes in each compass step: a maatschappelijk resultaat in step 2,
// an activity in step 3 (Activiteiten), a quality agreement in step 4 (Input / kwaliteit) and a result of
// the service in step 5. The moderator can still choose another kind.
public static class FormalItemKinds
{
    public static FormalItemKind ForStep(int step) => step switch
    {
        3 => FormalItemKind.Activity,
        4 => FormalItemKind.QualityAgreement,
        _ => FormalItemKind.Result,
    };
}
