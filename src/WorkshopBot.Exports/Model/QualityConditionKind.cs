namespace WorkshopBot.Exports.Model;

// The input/quality conditions of compass step 4.
public enum QualityConditionKind
{
    Training,
    KnowledgeOfWhatWorks,
    EffectiveMethods,
    OrganisationalConditions,
    Other,
}
