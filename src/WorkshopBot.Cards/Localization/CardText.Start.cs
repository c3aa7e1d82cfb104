namespace WorkshopBot.Cards.Localization;

// Welcome, help and notice cards, the create-traject and start-werkgroep forms and the traject overview.
public sealed partial record CardText
{
    public required IReadOnlyList<string> WelcomeFeatures { get; init; }

    public required IReadOnlyList<HelpCommand> HelpCommands { get; init; }

    public required string WelcomeTitle { get; init; }

    public required string WelcomeTitleNamedFormat { get; init; }

    public required string WelcomeIntro { get; init; }

    public required string WelcomeFirstStepsHeading { get; init; }

    public required IReadOnlyList<string> WelcomeFirstStepsChannel { get; init; }

    public required IReadOnlyList<string> WelcomeFirstStepsChat { get; init; }

    public required string HelpTitle { get; init; }

    public required string HelpIntro { get; init; }

    public required string HelpFooter { get; init; }

    public required string NoticeInfoTitle { get; init; }

    public required string NoticeWarningTitle { get; init; }

    public required string NoticeErrorTitle { get; init; }

    public required string CreateTrajectTitle { get; init; }

    public required string CreateTrajectIntro { get; init; }

    public required string FieldTrajectName { get; init; }

    public required string TrajectNamePlaceholder { get; init; }

    public required string FieldGemeente { get; init; }

    public required string GemeentePlaceholder { get; init; }

    public required string FieldTheme { get; init; }

    public required string ThemePlaceholder { get; init; }

    public required string FieldAmbitions { get; init; }

    public required string AmbitionsPlaceholder { get; init; }

    public required string TrajectLineFormat { get; init; }

    public required string LargeGroupChannelLabel { get; init; }

    public required string LargeGroupChannelUnnamed { get; init; }

    public required string NoLargeGroupChannel { get; init; }

    public required string AmbitionsHeading { get; init; }

    public required string NoAmbitionsYet { get; init; }

    public required string WerkgroepenHeading { get; init; }

    public required string NoWerkgroepenYet { get; init; }

    // {0} werkgroep name, {1} step number, {2} step name.
    public required string WerkgroepAtStepFormat { get; init; }

    public required string EditTraject { get; init; }

    public required string OpenStepCard { get; init; }

    public required string StartWerkgroepTitle { get; init; }

    public required string StartWerkgroepIntro { get; init; }

    public required string NoTrajectsYet { get; init; }

    public required string FieldTraject { get; init; }

    public required string TrajectRequired { get; init; }

    public required string FieldWerkgroepName { get; init; }

    public required string WerkgroepNamePlaceholder { get; init; }

    public required string FieldOrganisation { get; init; }

    public required string OrganisationPlaceholder { get; init; }

    public required string WerkgroepLineFormat { get; init; }
}
