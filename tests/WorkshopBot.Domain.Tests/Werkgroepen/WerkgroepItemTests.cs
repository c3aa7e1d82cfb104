using WorkshopBot.Domain;
using WorkshopBot.Domain.Items;
using WorkshopBot.Domain.Werkgroepen;
using WorkshopBot.TestKit.Domain;

namespace WorkshopBot.Domain.Tests.Werkgroepen;

public sealed class WerkgroepItemTests
{
    private static readonly DateTimeOffset Now = TestWorkshop.Now;
    private static readonly Actor Moderator = TestWorkshop.Moderator;
    private static readonly Actor Anna = TestWorkshop.Participant(1, "Welzijn Rivierenland");
    private static readonly Actor Bram = TestWorkshop.Participant(2, "Sociaal Team");

    private readonly Werkgroep _board = TestWorkshop.Werkgroep()
        .WithOpenStep(2)
        .WithOpenStep(3)
        .WithOpenStep(5)
        .AddNote(TestWorkshop.Participant(1, "Welzijn Rivierenland"), "n-2", 2, "Minder eenzame ouderen in 2028", TestWorkshop.Now).Ok()
        .AddNote(TestWorkshop.Participant(1, "Welzijn Rivierenland"), "n-3", 3, "Wekelijkse buurtkamer", TestWorkshop.Now).Ok()
        .AddNote(TestWorkshop.Participant(1, "Welzijn Rivierenland"), "n-5", 5, "Deelnemers voelen zich gehoord", TestWorkshop.Now).Ok();

    [Fact]
    public void PromoteToResult_Moderator_PrefillsFromNoteAndLinksBothWays()
    {
        var board = _board with { FocusAmbitionIds = ["amb-1"] };

        var promoted = board.PromoteToResult(Moderator, "n-2", "r-1", null, Now).Ok();

        var result = Assert.Single(promoted.Results);
        Assert.Equal("Minder eenzame ouderen in 2028", result.Statement);
        Assert.Equal(ResultLevel.Samenleving, result.Level);
        Assert.Equal("amb-1", result.AmbitionId);
        Assert.Equal("n-2", result.SourceNoteId);
        Assert.Equal(ItemStatus.Concept, result.Status);
        Assert.Equal(new NoteRef(FormalItemKind.Result, "r-1"), promoted.FindNote("n-2")!.PromotedTo);
        Assert.Equal(NoteStatus.Voorstel, promoted.FindNote("n-2")!.Status);
    }

    [Fact]
    public void PromoteToResult_NoteOfStep5_IsVoorzieningLevel()
    {
        var promoted = _board.PromoteToResult(Moderator, "n-5", "r-5", null, Now).Ok();

        Assert.Equal(ResultLevel.Voorziening, promoted.Results[0].Level);
        Assert.Equal(5, promoted.Results[0].CompassStep);
    }

    [Fact]
    public void PromoteToResult_Participant_IsRefused()
    {
        Assert.Equal(DomainErrorCodes.NotModerator, _board.PromoteToResult(Anna, "n-2", "r-1", null, Now).Error?.Code);
        Assert.Equal(DomainErrorCodes.NotModerator, _board.PromoteToIndicator(Anna, "n-5", "i-1", null, Now).Error?.Code);
    }

    [Fact]
    public void PromoteToResult_SameItemIdAgain_ChangesNothing()
    {
        var promoted = _board.PromoteToResult(Moderator, "n-2", "r-1", null, Now).Ok();

        Assert.False(promoted.PromoteToResult(Moderator, "n-2", "r-1", null, Now).Value.HasChanges);
    }

    [Fact]
    public void PromoteToIndicator_LinkedToResult_TakesResultStep()
    {
        var board = _board.PromoteToResult(Moderator, "n-5", "r-5", null, Now).Ok();

        var promoted = board.PromoteToIndicator(Moderator, "n-5", "i-1", "r-5", Now).Ok();

        var indicator = Assert.Single(promoted.Indicators);
        Assert.Equal("Deelnemers voelen zich gehoord", indicator.Name);
        Assert.Equal("r-5", indicator.ResultId);
        Assert.Equal(5, indicator.Step);
        Assert.Equal(["i-1"], promoted.IndicatorsOf("r-5").Select(i => i.Id).ToArray());
    }

    [Fact]
    public void PromoteToActivityAndAgreement_PrefillOrganisationOfAuthor()
    {
        var board = _board.PromoteToActivity(Moderator, "n-3", "a-1", Now).Ok().PromoteToQualityAgreement(Moderator, "n-3", "q-1", Now).Ok();

        Assert.Equal(["Welzijn Rivierenland"], board.Activities[0].Organisations.ToArray());
        Assert.Equal("Wekelijkse buurtkamer", board.Activities[0].What);
        Assert.Equal("Welzijn Rivierenland", board.QualityAgreements[0].OwnerOrganisation);
    }

    [Fact]
    public void ProposeResult_Participant_CreatesConceptAndJoins()
    {
        var board = _board.ProposeResult(Bram, "r-9", ResultLevel.Samenleving, new ResultDraft { Statement = "  Over 3 jaar doen 50 meer inwoners vrijwilligerswerk " }, Now).Ok();

        Assert.Equal("Over 3 jaar doen 50 meer inwoners vrijwilligerswerk", board.Results[0].Statement);
        Assert.Null(board.Results[0].SourceNoteId);
        Assert.True(board.IsMember(Bram.UserId));
    }

    [Fact]
    public void ProposeResult_EmptyStatement_IsRefused()
    {
        Assert.Equal(DomainErrorCodes.EmptyText, _board.ProposeResult(Bram, "r-9", ResultLevel.Samenleving, new ResultDraft { Statement = " " }, Now).Error?.Code);
    }

    [Fact]
    public void ProposeResult_FieldOver1000Characters_IsRefusedWithLimit()
    {
        var draft = new ResultDraft { Statement = "Resultaat", TargetGroup = new string('x', 1_001) };

        var result = _board.ProposeResult(Bram, "r-9", ResultLevel.Samenleving, draft, Now);

        Assert.Equal(DomainErrorCodes.TextTooLong, result.Error?.Code);
        Assert.Equal(1_000, result.Error?.Limit);
    }

    [Fact]
    public void ProposeIndicator_UnknownResult_IsNotFound()
    {
        var result = _board.ProposeIndicator(Bram, "i-1", 5, new Indicator { Name = "Aantal", ResultId = "r-x" }, Now);

        Assert.Equal(DomainErrorCodes.NotFound, result.Error?.Code);
        Assert.Equal("r-x", result.Error?.TargetId);
    }

    [Fact]
    public void ProposeActivity_InLockedStep_IsRefused()
    {
        var board = _board.LockStep(Moderator, 3, Now).Ok();

        var result = board.ProposeActivity(Anna, "a-1", new PlannedActivityDraft { What = "Buurtkamer" }, Now);

        Assert.Equal(DomainErrorCodes.StepLocked, result.Error?.Code);
        Assert.Equal(3, result.Error?.Step);
    }

    [Fact]
    public void EditResult_CurrentVersion_UpdatesAndBumpsItemVersion()
    {
        var board = _board.PromoteToResult(Moderator, "n-2", "r-1", null, Now).Ok();

        var edited = board.EditResult(Anna, "r-1", 1, new ResultDraft { Statement = "Minder eenzame ouderen", TargetGroup = "65-plussers", Horizon = "2028" }, Now).Ok();

        Assert.Equal(2, edited.Results[0].ItemVersion);
        Assert.Equal("65-plussers", edited.Results[0].TargetGroup);
    }

    [Fact]
    public void EditResult_StaleCard_IsRefusedWithCurrentVersion()
    {
        var board = _board.PromoteToResult(Moderator, "n-2", "r-1", null, Now).Ok();
        board = board.EditResult(Anna, "r-1", 1, new ResultDraft { Statement = "Versie van Anna" }, Now).Ok();

        var result = board.EditResult(Bram, "r-1", 1, new ResultDraft { Statement = "Versie van Bram" }, Now);

        Assert.Equal(DomainErrorCodes.StaleItem, result.Error?.Code);
        Assert.Equal(2, result.Error?.CurrentVersion);
        Assert.Equal("Versie van Anna", board.Results[0].Statement);
    }

    [Fact]
    public void EditResult_RedeliveredSubmit_ChangesNothingInsteadOfStale()
    {
        var draft = new ResultDraft { Statement = "Versie van Anna" };
        var board = _board.PromoteToResult(Moderator, "n-2", "r-1", null, Now).Ok().EditResult(Anna, "r-1", 1, draft, Now).Ok();

        var again = board.EditResult(Anna, "r-1", 1, draft, Now);

        Assert.True(again.IsSuccess);
        Assert.False(again.Value.HasChanges);
    }

    [Fact]
    public void MarkVastgesteld_Moderator_AcceptsItemAndSourceNote()
    {
        var board = _board.PromoteToResult(Moderator, "n-2", "r-1", null, Now).Ok();

        var accepted = board.MarkVastgesteld(Moderator, FormalItemKind.Result, "r-1", Now).Ok();

        Assert.Equal(ItemStatus.Vastgesteld, accepted.Results[0].Status);
        Assert.Equal(NoteStatus.Vastgesteld, accepted.FindNote("n-2")!.Status);
        Assert.Equal(DomainErrorCodes.AlreadyVastgesteld, accepted.MarkVastgesteld(Moderator, FormalItemKind.Result, "r-1", Now).Error?.Code);
    }

    [Fact]
    public void EditResult_VastgesteldByParticipant_IsRefusedButModeratorMay()
    {
        var board = _board.PromoteToResult(Moderator, "n-2", "r-1", null, Now).Ok().MarkVastgesteld(Moderator, FormalItemKind.Result, "r-1", Now).Ok();
        var draft = new ResultDraft { Statement = "Bijgesteld" };

        Assert.Equal(DomainErrorCodes.ItemVastgesteld, board.EditResult(Anna, "r-1", 2, draft, Now).Error?.Code);
        Assert.True(board.EditResult(Moderator, "r-1", 2, draft, Now).IsSuccess);
    }

    [Fact]
    public void MarkVastgesteld_Participant_IsRefused()
    {
        var board = _board.PromoteToResult(Moderator, "n-2", "r-1", null, Now).Ok();

        Assert.Equal(DomainErrorCodes.NotModerator, board.MarkVastgesteld(Anna, FormalItemKind.Result, "r-1", Now).Error?.Code);
    }

    [Fact]
    public void MissingFields_PromotedResult_ListsWhatTheDefinitionStillNeeds()
    {
        var result = _board.PromoteToResult(Moderator, "n-2", "r-1", null, Now).Ok().Results[0];

        Assert.Equal(["targetGroup", "whatChanges", "baseline", "target", "horizon", "ambitionId"], result.MissingFields().ToArray());
    }

    [Fact]
    public void MissingFields_CompleteIndicator_IsEmpty()
    {
        var board = _board.PromoteToResult(Moderator, "n-5", "r-5", null, Now).Ok();
        var draft = new Indicator
        {
            ResultId = "r-5", Name = "Ervaren eenzaamheid", Definition = "Aandeel deelnemers dat zich (zeer) eenzaam voelt",
            Numerator = "Deelnemers die zich eenzaam voelen", Denominator = "Alle deelnemers", IndicatorKind = IndicatorKind.Tellen,
            Type = IndicatorType.Outcome, DataSource = "Gezondheidsmonitor GGD", ExistingRegistration = ExistingRegistration.Yes,
            OwnerOrganisation = "GGD Gelderland-Zuid", Frequency = "Elke 4 jaar", Baseline = "48%", Target = "40%",
            Direction = IndicatorDirection.Down, Need = InformationNeed.NeedToKnow,
        };

        var indicator = board.ProposeIndicator(Anna, "i-1", 5, draft, Now).Ok().Indicators[0];

        Assert.Empty(indicator.MissingFields());
        Assert.Contains("existingRegistration", (indicator with { ExistingRegistration = ExistingRegistration.Unknown }).MissingFields());
    }
}
