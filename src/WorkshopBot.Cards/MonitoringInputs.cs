namespace WorkshopBot.Cards;

// Input ids and data keys of the monitoring cards (due card, story and reflection forms, overview);
// their values arrive merged into the action data, which the host parses into the monitoring commands.
public static class MonitoringInputs
{
    public const string IndicatorId = "indicatorId";
    public const string Period = "mPeriod";
    public const string Value = "mValue";
    public const string Numerator = "mNumerator";
    public const string Denominator = "mDenominator";
    public const string Source = "mSource";
    public const string Note = "mNote";

    public const string StoryText = "storyText";
    public const string Perspective = "storyPerspective";
    public const string StoryIndicators = "storyIndicators";
    public const string StoryResults = "storyResults";
    public const string StoryTheme = "storyTheme";
    public const string StoryPeriod = "storyPeriod";
    public const string IsQuote = "storyIsQuote";
    public const string Consent = "storyConsent";

    public const string WhatWeSee = "whatWeSee";
    public const string WhatItMeans = "whatItMeans";
    public const string WhatWeChange = "whatWeChange";
    public const string ActionText = "actionText";
    public const string ActionActivities = "actionActivities";
    public const string ActionOwner = "actionOwner";
    public const string ActionDue = "actionDue";
    public const string ActionOwnerMember = "actionOwnerMember";

    // The reflection form has MaxActionSlots improvement actions; slot 1 uses the ids above as they are,
    // slot n appends n ("actionText2").
    public const int MaxActionSlots = 3;

    // Marking an improvement action done: which action, and (Show) which card to answer with.
    public const string ActionId = "actionId";

    public const string Organisation = "organisation";
    public const string OwnerIndicator = "ownerIndicator";
    public const string OwnerUser = "ownerUser";
    public const string OwnerSince = "ownerSince";

    // showMonitoring's data: which monitoring card to show.
    public const string Show = "show";
    public const string ShowOverview = "overview";
    public const string ShowStoryForm = "story";
    public const string ShowReflectionForm = "reflection";

    public static string Slot(string field, int slot) => slot == 1 ? field : $"{field}{slot}";
}
