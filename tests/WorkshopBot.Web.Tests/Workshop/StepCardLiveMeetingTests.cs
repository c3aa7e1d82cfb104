using System.Text.Json.Nodes;
using WorkshopBot.Cards;
using WorkshopBot.Domain;
using WorkshopBot.Domain.Items;
using WorkshopBot.Domain.Localization;
using WorkshopBot.Domain.Werkgroepen;
using WorkshopBot.TestKit.Cards;
using WorkshopBot.TestKit.Domain;
using WorkshopBot.Web.Workshop;
using Xunit;

namespace WorkshopBot.Web.Tests.Workshop;

// Issue 12, findings 7 and 9, from the domain to the card: with a realistic step (12 notes from the
// project leader and three partners) the moderator's controls come before the notes, the note list is
// bounded with a pointer to the board, and the step's items are listed with open / vaststellen.
public sealed class StepCardLiveMeetingTests
{
    private static readonly Actor Moderator = TestWorkshop.Moderator;
    private static readonly Actor Fatma = TestWorkshop.Participant(1, "GGD Gelderland-Zuid");
    private static readonly Actor Sanne = TestWorkshop.Participant(2, "Welzijn Rivierenland");
    private static readonly Actor Joost = TestWorkshop.Participant(3, "MEE Gelderse Poort");

    private static readonly string[] Ideas =
    [
        "Huiskamer in Opheusden elke dinsdag", "Maatjesproject voor nieuwe inwoners", "Huisbezoek vanaf 75 jaar door de ouderenadviseur",
        "Buurtbus naar de activiteiten", "Signalen bespreken in het sociaal team", "Cursus beeldbellen in de bibliotheek",
        "Wandelgroep vanaf de kerk", "Maaltijd samen in het dorpshuis", "Mantelzorgers ontlasten met respijtzorg",
        "Jongeren koppelen aan ouderen", "Thuisadministratie helpen", "Telefooncirkel voor alleenwonenden",
    ];

    [Fact]
    public void Moderator_TwelveNotesFromFourPeople_ControlsBeforeNotesAndListBounded()
    {
        var werkgroep = Step3WithTwelveNotes();

        var card = StepCard.Build(CardViewFactory.Step(werkgroep, 3, Moderator.UserId, "https://bord.example/w-1"), Language.Dutch);
        var texts = CardQuery.Texts(card).ToList();

        var controls = texts.IndexOf("Voor de projectleider");
        var firstNote = texts.FindIndex(t => Ideas.Contains(t));
        Assert.True(controls >= 0 && firstNote > controls, $"controls at {controls}, first note at {firstNote}");
        Assert.True(FirstVerbIndex(card, CardVerbs.CloseStep) < FirstVerbIndex(card, CardVerbs.ShowMoveNoteForm), "Stap sluiten precedes the notes' actions");
        Assert.Equal(StepCard.NoteBudget, texts.Count(t => Ideas.Contains(t)));
        Assert.Contains($"… en {Ideas.Length - StepCard.NoteBudget} meer — alle notities op het bord.", texts);
        Assert.Contains(CardQuery.OfType(card, "Action.OpenUrl"), a => (string?)a["url"] == "https://bord.example/w-1");
        Assert.Contains("12 notities van 4 deelnemers", texts);
        AdaptiveCardSchemaValidator.Instance.AssertValid(card);
    }

    [Fact]
    public void Partner_TwelveNotesFromFourPeople_OwnNotesFirstListBoundedNoControls()
    {
        var werkgroep = Step3WithTwelveNotes();

        var card = StepCard.Build(CardViewFactory.Step(werkgroep, 3, Sanne.UserId, "https://bord.example/w-1"), Language.Dutch);
        var texts = CardQuery.Texts(card).ToList();
        var shownNotes = texts.Where(t => Ideas.Contains(t)).ToList();

        Assert.DoesNotContain("Voor de projectleider", texts);
        Assert.Empty(CardQuery.ExecuteActions(card, CardVerbs.CloseStep));
        Assert.Equal(StepCard.NoteBudget, shownNotes.Count);
        var sannes = werkgroep.NotesInStep(3).Where(n => n.AuthorId == Sanne.UserId).Select(n => n.Text).ToList();
        Assert.Equal(sannes.Order(StringComparer.Ordinal), shownNotes.Take(sannes.Count).Order(StringComparer.Ordinal));
        Assert.Equal(sannes.Count, CardQuery.DialogOpeners(card, CardVerbs.ShowEditNoteForm).Count);
        Assert.True(texts.IndexOf("Jouw notities (3)") < texts.IndexOf("Notities van de groep"));
        Assert.Contains($"… en {Ideas.Length - StepCard.NoteBudget} meer — alle notities op het bord.", texts);
        AdaptiveCardSchemaValidator.Instance.AssertValid(card);
    }

    [Fact]
    public void SilentBrainstorm_ModeratorCountsEveryoneAndPartnerOwn_NoOtherTexts()
    {
        var werkgroep = TestWorkshop.Werkgroep().WithOpenStep(3).StartSilent(Moderator, 3, Later(0)).Ok();
        werkgroep = AddTwelveNotes(werkgroep);

        var moderator = StepCard.Build(CardViewFactory.Step(werkgroep, 3, Moderator.UserId, null), Language.Dutch);
        var partner = StepCard.Build(CardViewFactory.Step(werkgroep, 3, Fatma.UserId, null), Language.Dutch);

        Assert.Contains("12 notities van 4 deelnemers", CardQuery.Texts(moderator));
        Assert.Contains("3 notities van 1 deelnemer", CardQuery.Texts(partner));
        Assert.Equal(3, CardQuery.Texts(partner).Count(t => Ideas.Contains(t)));
        AdaptiveCardSchemaValidator.Instance.AssertValid(moderator);
        AdaptiveCardSchemaValidator.Instance.AssertValid(partner);
    }

    [Fact]
    public void PromotedActivity_ListedOnStepCard_OpenForPartnerVaststellenOnlyForModerator()
    {
        var werkgroep = Step3WithTwelveNotes();
        var note = werkgroep.NotesInStep(3).First(n => n.AuthorId == Fatma.UserId);
        werkgroep = werkgroep.PromoteToActivity(Moderator, note.Id, "act-1", Later(30)).Ok();

        var moderator = StepCard.Build(CardViewFactory.Step(werkgroep, 3, Moderator.UserId, null), Language.Dutch);
        var partner = StepCard.Build(CardViewFactory.Step(werkgroep, 3, Fatma.UserId, null), Language.Dutch);

        foreach (var card in new[] { moderator, partner })
        {
            var texts = CardQuery.Texts(card);
            Assert.Contains("Vastgelegd in deze stap (1)", texts);
            Assert.Contains($"**Activiteit** · {note.Text}", texts);
            Assert.Contains("Concept", texts);
            var open = CardQuery.ExecuteActions(card, CardVerbs.RefreshItem).Single(a => (string?)a["data"]!["itemId"] == "act-1");
            Assert.Equal("Openen", (string?)open["title"]);
            Assert.Equal(CardValues.Activity, (string?)open["data"]!["itemKind"]);
            AdaptiveCardSchemaValidator.Instance.AssertValid(card);
        }

        Assert.Empty(CardQuery.ExecuteActions(partner, CardVerbs.AcceptItem));
        var accept = CardQuery.ExecuteActions(moderator, CardVerbs.AcceptItem).Single();
        Assert.Equal("act-1", (string?)accept["data"]!["itemId"]);
        Assert.Equal(1L, (long)accept["data"]!["itemVersion"]!);
        Assert.True((bool)accept["data"]![CardDataKeys.ReturnToStep]!);
    }

    [Fact]
    public void VastgesteldItem_ShowsStatusAndNoVaststellen()
    {
        var werkgroep = Step3WithTwelveNotes();
        var note = werkgroep.NotesInStep(3)[0];
        werkgroep = werkgroep.PromoteToActivity(Moderator, note.Id, "act-1", Later(30)).Ok()
            .MarkVastgesteld(Moderator, FormalItemKind.Activity, "act-1", Later(31)).Ok();

        var card = StepCard.Build(CardViewFactory.Step(werkgroep, 3, Moderator.UserId, null), Language.Dutch);

        Assert.Contains("Vastgesteld", CardQuery.Texts(card));
        Assert.Empty(CardQuery.ExecuteActions(card, CardVerbs.AcceptItem));
    }

    [Fact]
    public void ItemsOfOtherSteps_AreNotListed()
    {
        var werkgroep = Step3WithTwelveNotes();
        var note = werkgroep.NotesInStep(3)[0];
        werkgroep = werkgroep.PromoteToQualityAgreement(Moderator, note.Id, "qa-1", Later(30)).Ok();

        var step3 = StepCard.Build(CardViewFactory.Step(werkgroep, 3, Moderator.UserId, null), Language.Dutch);
        var step4 = StepCard.Build(CardViewFactory.Step(werkgroep, 4, Moderator.UserId, null), Language.Dutch);

        Assert.DoesNotContain(CardQuery.ExecuteActions(step3, CardVerbs.RefreshItem), a => (string?)a["data"]!["itemId"] == "qa-1");
        Assert.Contains(CardQuery.ExecuteActions(step4, CardVerbs.RefreshItem), a => (string?)a["data"]!["itemId"] == "qa-1");
    }

    private static Werkgroep Step3WithTwelveNotes() => AddTwelveNotes(TestWorkshop.Werkgroep().WithOpenStep(3));

    // Three notes each from the project leader and three partners, interleaved as in a meeting.
    private static Werkgroep AddTwelveNotes(Werkgroep werkgroep)
    {
        Actor[] people = [Moderator, Fatma, Sanne, Joost];
        for (var i = 0; i < Ideas.Length; i++)
        {
            werkgroep = werkgroep.AddNote(people[i % people.Length], $"n-{i + 1:D2}", 3, Ideas[i], Later(i + 1)).Ok();
        }

        return werkgroep;
    }

    // Position in the card of the first button with this verb: an Action.Execute's or a dialog opener's.
    private static int FirstVerbIndex(JsonNode card, string verb) =>
        CardQuery.Objects(card).ToList().FindIndex(a => (string?)a["verb"] == verb
            || ((string?)a["type"] == "Action.Submit" && (string?)a["data"]?["verb"] == verb));

    private static DateTimeOffset Later(int minutes) => TestWorkshop.Now.AddMinutes(minutes);
}
