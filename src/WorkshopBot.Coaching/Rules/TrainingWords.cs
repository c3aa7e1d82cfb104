namespace WorkshopBot.Coaching.Rules;

// Who was trained, and the training itself: the result and indicator rules that read trainees as a resource (not a
// target group, not a change) all ask these two questions, so they ask them here.
internal static class TrainingWords
{
    // "zestig vrijwilligers zijn geschoold", "getraind in het werken met laaggeletterden".
    public static bool IsTrainedParticiple(string word) => word is "getraind" or "geschoold" or "opgeleid";

    // "de basistraining", "cursus Omgaan met geld", "bijscholing": the word names a training.
    public static bool NamesTraining(string word) =>
        word.Contains("training", StringComparison.Ordinal) || word.Contains("cursus", StringComparison.Ordinal) ||
        word.Contains("scholing", StringComparison.Ordinal);
}
