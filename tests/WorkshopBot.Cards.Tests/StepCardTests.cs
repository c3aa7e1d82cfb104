using System.Text.Json.Nodes;
using WorkshopBot.Cards;
using WorkshopBot.Cards.Localization;
using WorkshopBot.Cards.Views;
using WorkshopBot.Domain.Localization;
using WorkshopBot.Domain.Werkgroepen;
using WorkshopBot.TestKit.Cards;
using Xunit;

namespace WorkshopBot.Cards.Tests;

public sealed partial class StepCardTests
{
    private static readonly string[] ModeratorVerbs =
    [
        CardVerbs.CloseStep, CardVerbs.LockStep, CardVerbs.StartSilent, CardVerbs.StartTimer, CardVerbs.StartVoting,
        CardVerbs.GoToStep, CardVerbs.MergeNotes,
    ];

    [Fact]
    public void Build_Moderator_RendersModeratorActions()
    {
        var card = StepCard.Build(SampleViews.StepCard(viewer: SampleViews.Moderator), Language.Dutch);

        var verbs = CardQuery.Verbs(card);

        Assert.All(ModeratorVerbs, v => Assert.Contains(v, verbs));
        Assert.NotEmpty(CardQuery.DialogOpeners(card, CardVerbs.ShowMoveNoteForm));
        Assert.NotEmpty(CardQuery.DialogOpeners(card, CardVerbs.ShowPromoteForm));
        Assert.Contains("Voor de projectleider", CardQuery.AllText(card), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_Participant_RendersNoModeratorActions()
    {
        var card = StepCard.Build(SampleViews.StepCard(viewer: SampleViews.Participant, voting: true, timer: true), Language.Dutch);

        var verbs = CardQuery.Verbs(card);

        Assert.All(ModeratorVerbs.Append(CardVerbs.CloseVoting).Append(CardVerbs.StopTimer).Append(CardVerbs.OpenStep),
            v => Assert.DoesNotContain(v, verbs));
        Assert.Contains(CardVerbs.AddNotes, verbs);
        Assert.NotEmpty(CardQuery.DialogOpeners(card, CardVerbs.ShowProposeForm));
    }

    [Fact]
    public void Build_SharedCardWithoutViewer_HasNoPersonalOrModeratorParts()
    {
        var card = StepCard.Build(SampleViews.StepCard(viewer: null), Language.Dutch);

        var verbs = CardQuery.Verbs(card);

        Assert.Empty(CardQuery.DialogOpeners(card, CardVerbs.ShowEditNoteForm));
        Assert.DoesNotContain(CardVerbs.CloseStep, verbs);
        Assert.DoesNotContain("Jouw notities", CardQuery.AllText(card), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_ModeratorRunningRounds_OffersStopAndCloseInsteadOfStart()
    {
        var card = StepCard.Build(SampleViews.StepCard(viewer: SampleViews.Moderator, voting: true, timer: true, silent: true), Language.Dutch);

        var verbs = CardQuery.Verbs(card);

        Assert.Contains(CardVerbs.StopTimer, verbs);
        Assert.Contains(CardVerbs.CloseVoting, verbs);
        Assert.Contains(CardVerbs.RevealNotes, verbs);
        Assert.DoesNotContain(CardVerbs.StartTimer, verbs);
        Assert.DoesNotContain(CardVerbs.StartVoting, verbs);
        Assert.DoesNotContain(CardVerbs.StartSilent, verbs);
    }

    [Theory]
    [InlineData(StepStatus.Open, new[] { CardVerbs.CloseStep, CardVerbs.LockStep }, CardVerbs.OpenStep)]
    [InlineData(StepStatus.Closed, new[] { CardVerbs.OpenStep, CardVerbs.LockStep }, CardVerbs.CloseStep)]
    [InlineData(StepStatus.Locked, new[] { CardVerbs.OpenStep }, CardVerbs.LockStep)]
    public void Build_ModeratorPerState_OffersMatchingStateActions(StepStatus state, string[] expected, string absent)
    {
        var card = StepCard.Build(SampleViews.StepCard(viewer: SampleViews.Moderator, state: state), Language.Dutch);

        var verbs = CardQuery.Verbs(card);

        Assert.All(expected, v => Assert.Contains(v, verbs));
        Assert.DoesNotContain(absent, verbs);
    }

    [Fact]
    public void Build_SilentBrainstorm_HidesOtherPeoplesNotesButShowsOwnAndCount()
    {
        var view = SampleViews.StepCard(noteCount: 24, viewer: SampleViews.Participant, silent: true);
        var someoneElses = view.Notes.First(n => n.AuthorUserId != SampleViews.ParticipantId);
        var own = view.Notes.First(n => n.AuthorUserId == SampleViews.ParticipantId);

        var card = StepCard.Build(view, Language.Dutch);
        var texts = CardQuery.Texts(card);

        Assert.DoesNotContain(texts, t => t == CardMarkdown.Escape(someoneElses.Text));
        Assert.Contains(texts, t => t == CardMarkdown.Escape(own.Text));
        Assert.Contains(texts, t => t.Contains("24 notities van 12 deelnemers", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("Stille brainstorm", StringComparison.Ordinal));
    }

    // Issue 12: in silent mode the moderator's card said "1 notitie van 1 deelnemer" while eight notes from
    // four people existed. The moderator and the shared card count the group; a participant their own.
    [Fact]
    public void Build_SilentBrainstorm_ModeratorAndSharedCardCountTheGroupParticipantTheirOwn()
    {
        var participantView = SampleViews.StepCard(noteCount: 24, viewer: SampleViews.Participant, silent: true);
        var own = participantView.Notes.Where(n => n.AuthorUserId == SampleViews.ParticipantId).Take(2).ToList();
        var total = new StepNoteCount(8, 4);

        var moderator = CardQuery.AllText(StepCard.Build(participantView with { Viewer = SampleViews.Moderator, Notes = [], StepTotal = total }, Language.Dutch));
        var shared = CardQuery.AllText(StepCard.Build(participantView with { Viewer = null, Notes = [], StepTotal = total }, Language.Dutch));
        var participant = CardQuery.AllText(StepCard.Build(participantView with { Notes = own, StepTotal = total }, Language.Dutch));

        Assert.Contains("8 notities van 4 deelnemers", moderator, StringComparison.Ordinal);
        Assert.Contains("8 notities van 4 deelnemers", shared, StringComparison.Ordinal);
        Assert.Contains("2 notities van 1 deelnemer", participant, StringComparison.Ordinal);
        Assert.DoesNotContain("8 notities", participant, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_Revealed_GroupsNotesByClusterWithVotesAndOrganisation()
    {
        var view = SampleViews.StepCard(noteCount: 6, viewer: SampleViews.Participant);

        var card = StepCard.Build(view, Language.Dutch);
        var texts = CardQuery.Texts(card);

        Assert.Contains("Ontmoeten", texts);
        Assert.Contains("Zonder cluster", texts);
        Assert.Contains(texts, t => t.StartsWith("MEE Gelderse Poort · 3 stemmen", StringComparison.Ordinal));
        var clusterIndex = texts.ToList().IndexOf("Ontmoeten");
        var unclusteredIndex = texts.ToList().IndexOf("Zonder cluster");
        Assert.True(clusterIndex < unclusteredIndex, "unclustered notes come last");
    }

    [Fact]
    public void Build_MergedNote_ListsTheMergedTextsEscapedUnderIt()
    {
        var view = SampleViews.StepCard(noteCount: 0, viewer: SampleViews.Participant) with
        {
            Notes =
            [
                new NoteView
                {
                    NoteId = "n1", Version = 1, Text = "Koffieochtenden", AuthorUserId = "29:other",
                    MergedTexts = ["Maatjesproject", "Samen **eten**"],
                },
            ],
        };

        var texts = CardQuery.Texts(StepCard.Build(view, Language.Dutch)).ToList();

        var at = texts.IndexOf("Koffieochtenden");
        Assert.True(at >= 0);
        Assert.Equal("Samengevoegd: Maatjesproject", texts[at + 1]);
        Assert.Equal(@"Samengevoegd: Samen \*\*eten\*\*", texts[at + 2]);
    }

    [Fact]
    public void Build_VotingRound_ShowsDotsLeftAndVoteButtonsWithRound()
    {
        var view = SampleViews.StepCard(noteCount: 12, viewer: SampleViews.Participant, voting: true);

        var card = StepCard.Build(view, Language.Dutch);
        var votes = CardQuery.ExecuteActions(card, CardVerbs.CastVote);

        Assert.Contains("Stemronde: nog 3 van 5 stippen", CardQuery.Texts(card));
        Assert.NotEmpty(votes);
        Assert.All(votes, v =>
        {
            Assert.Equal("round-2", (string?)v["data"]!["roundId"]);
            Assert.NotNull(v["data"]!["noteId"]);
        });
        Assert.NotEmpty(CardQuery.ExecuteActions(card, CardVerbs.RetractVote));
    }

    [Fact]
    public void Build_NoDotsLeft_DisablesVoteButtons()
    {
        var view = SampleViews.StepCard(noteCount: 6, viewer: SampleViews.Participant, voting: true) with
        {
            Voting = new VotingRoundView("round-2", 5, 0),
        };

        var card = StepCard.Build(view, Language.Dutch);

        Assert.All(CardQuery.ExecuteActions(card, CardVerbs.CastVote), v => Assert.False((bool)v["isEnabled"]!));
    }

    [Fact]
    public void Build_NoVotingRound_HasNoVoteButtons()
    {
        var card = StepCard.Build(SampleViews.StepCard(viewer: SampleViews.Participant), Language.Dutch);

        Assert.Empty(CardQuery.ExecuteActions(card, CardVerbs.CastVote));
    }

    [Fact]
    public void Build_Timer_ShowsEndTimeInAmsterdamTime()
    {
        // 13:40 UTC on 23 November is 14:40 in Amsterdam (CET, UTC+1).
        var card = StepCard.Build(SampleViews.StepCard(viewer: SampleViews.Participant, timer: true), Language.Dutch);

        Assert.Contains("Timer tot 14:40", CardQuery.Texts(card));
    }

    [Fact]
    public void Build_TimerInSummerTime_UsesCest()
    {
        var view = SampleViews.StepCard(viewer: SampleViews.Participant) with { TimerEndsAt = new DateTimeOffset(2026, 6, 1, 8, 5, 0, TimeSpan.Zero) };

        var card = StepCard.Build(view, Language.English);

        Assert.Contains("Timer until 10:05", CardQuery.Texts(card));
    }

    [Fact]
    public void Build_ClosedStepForParticipant_ExplainsAndOffersNoInput()
    {
        var card = StepCard.Build(SampleViews.StepCard(viewer: SampleViews.Participant, state: StepStatus.Closed), Language.Dutch);

        Assert.Contains("Stap 3 is gesloten. Vraag de projectleider om de stap te openen.", CardQuery.Texts(card));
        Assert.Null(CardQuery.Input(card, CardInputs.NewNotes));
        Assert.Empty(CardQuery.DialogOpeners(card, CardVerbs.ShowEditNoteForm));
        Assert.Empty(CardQuery.ExecuteActions(card, CardVerbs.AddNotes));
    }

    [Fact]
    public void Build_OpenStep_HasMultilineAddNotesInputWithOneNotePerLineHint()
    {
        var card = StepCard.Build(SampleViews.StepCard(viewer: SampleViews.Participant), Language.Dutch);

        var input = CardQuery.Input(card, CardInputs.NewNotes)!;

        Assert.True((bool)input["isMultiline"]!);
        Assert.Contains("Eén notitie per regel", (string)input["placeholder"]!, StringComparison.Ordinal);
        Assert.Contains("500", (string)input["placeholder"]!, StringComparison.Ordinal);
        Assert.Equal(42, (long)CardQuery.ExecuteActions(card, CardVerbs.AddNotes).Single()["data"]!["boardVersion"]!);
    }

    [Fact]
    public void Build_OwnNotes_OpenTheEditFormInADialogWithVersionedData()
    {
        var view = SampleViews.StepCard(noteCount: 24, viewer: SampleViews.Participant);
        var own = view.Notes.Where(n => n.AuthorUserId == SampleViews.ParticipantId).ToList();

        var card = StepCard.Build(view, Language.Dutch);
        var edits = CardQuery.DialogOpeners(card, CardVerbs.ShowEditNoteForm);
        var deletes = CardQuery.ExecuteActions(card, CardVerbs.DeleteNote);

        Assert.Equal(own.Count, edits.Count);
        Assert.Equal(own.Count, deletes.Count);
        foreach (var note in own)
        {
            var edit = edits.Single(e => (string?)e["data"]!["noteId"] == note.NoteId);
            Assert.Equal("Bewerken", (string?)edit["title"]);
            Assert.Equal(note.Version, (long)edit["data"]!["noteVersion"]!);
            Assert.Equal(SampleViews.WerkgroepId, (string?)edit["data"]!["werkgroepId"]);
        }

        // No input or inline form in the shared card: an update by someone else cannot wipe a half-written edit.
        Assert.Empty(CardQuery.ExecuteActions(card, CardVerbs.EditNote));
        Assert.All(own, note => Assert.Null(CardQuery.Input(card, CardInputs.EditNoteText(note.NoteId))));
        Assert.Empty(CardQuery.OfType(card, "Action.ShowCard"));
    }

    [Fact]
    public void Build_ModeratorNoteActions_CarryNoteAndBoardVersions()
    {
        var card = StepCard.Build(SampleViews.StepCard(viewer: SampleViews.Moderator), Language.Dutch);

        var actions = CardQuery.DialogOpeners(card, CardVerbs.ShowMoveNoteForm)
            .Concat(CardQuery.DialogOpeners(card, CardVerbs.ShowPromoteForm))
            .Concat(CardQuery.ExecuteActions(card, CardVerbs.MergeNotes))
            .ToList();

        Assert.NotEmpty(actions);
        Assert.All(actions, a => Assert.Equal(42, (long)a["data"]!["boardVersion"]!));
        Assert.All(actions.Where(a => (string?)a["verb"] != CardVerbs.MergeNotes), a => Assert.NotNull(a["data"]!["noteVersion"]));
        Assert.NotEmpty(CardQuery.DialogOpeners(card, CardVerbs.ShowMoveNoteForm));
    }

    [Fact]
    public void Build_ModeratorNoteButtons_OpenMoveAndPromoteDialogs()
    {
        var view = SampleViews.StepCard(noteCount: 12, viewer: SampleViews.Moderator);
        var note = view.Notes[0];

        var card = StepCard.Build(view, Language.Dutch);
        var move = CardQuery.DialogOpeners(card, CardVerbs.ShowMoveNoteForm).Single(a => (string?)a["data"]!["noteId"] == note.NoteId);
        var promote = CardQuery.DialogOpeners(card, CardVerbs.ShowPromoteForm).Single(a => (string?)a["data"]!["noteId"] == note.NoteId);

        Assert.Equal("Verplaatsen", (string?)move["title"]);
        Assert.Equal(note.Version, (long)move["data"]!["noteVersion"]!);
        Assert.Equal(note.Version, (long)promote["data"]!["noteVersion"]!);
        // Both open dialogs: no step or kind input in the shared card that an update could reset.
        Assert.Null(CardQuery.Input(card, CardInputs.MoveToStep(note.NoteId)));
        Assert.Null(CardQuery.Input(card, CardInputs.PromoteKind(note.NoteId)));
        Assert.Empty(CardQuery.ExecuteActions(card, CardVerbs.MoveNote));
        Assert.Empty(CardQuery.ExecuteActions(card, CardVerbs.PromoteNote));
        Assert.Equal(StepCard.NoteBudget, CardQuery.DialogOpeners(card, CardVerbs.ShowMoveNoteForm).Count);
        Assert.Equal(StepCard.NoteBudget, CardQuery.DialogOpeners(card, CardVerbs.ShowPromoteForm).Count);
    }

    [Fact]
    public void Build_Participant_CannotPromote()
    {
        var card = StepCard.Build(SampleViews.StepCard(noteCount: 5, viewer: SampleViews.Participant), Language.Dutch);

        Assert.Empty(CardQuery.DialogOpeners(card, CardVerbs.ShowPromoteForm));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(12)]
    [InlineData(60)]
    public void Build_UpTo60Members_RefreshesAutomaticallyForThoseUsers(int members)
    {
        var card = StepCard.Build(SampleViews.StepCard(viewer: SampleViews.Participant, members: members), Language.Dutch);

        var refresh = card["refresh"]!;

        Assert.Equal(CardVerbs.RefreshStep, (string?)refresh["action"]!["verb"]);
        Assert.Equal(SampleViews.WerkgroepId, (string?)refresh["action"]!["data"]!["werkgroepId"]);
        Assert.Equal(members, refresh["userIds"]!.AsArray().Count);
        Assert.DoesNotContain("Vernieuwen", CardQuery.ActionTitles(card));
    }

    [Theory]
    [InlineData(61)]
    [InlineData(150)]
    public void Build_MoreThan60Members_SharedCardWithManualRefresh(int members)
    {
        var card = StepCard.Build(SampleViews.StepCard(viewer: null, members: members), Language.Dutch);

        Assert.Null(card["refresh"]);
        var manual = CardQuery.ExecuteActions(card, CardVerbs.RefreshStep).Single();
        Assert.Equal("Vernieuwen", (string?)manual["title"]);
        Assert.Equal(3, (int)manual["data"]!["step"]!);
    }

    // Members who have only used the board have no Teams id yet: the listed ones keep their automatic
    // refresh, the others get the manual button instead of a card they cannot make their own.
    [Fact]
    public void Build_MembersWithoutTeamsId_KeepsAutomaticRefreshAndAddsManualButton()
    {
        var view = SampleViews.StepCard(viewer: null, members: 5) with { Audience = new CardAudience(5, ["29:1moderator-anouk", "29:1participant-jeroen"]) };

        var card = StepCard.Build(view, Language.Dutch);

        Assert.Equal(["29:1moderator-anouk", "29:1participant-jeroen"], card["refresh"]!["userIds"]!.AsArray().Select(id => (string)id!).ToArray());
        Assert.Contains("Vernieuwen", CardQuery.ActionTitles(card));
    }

    [Theory]
    [InlineData(200)]
    [InlineData(500)]
    public void Build_LargeBoard_TruncatesWithBoardLinkAndStaysSmall(int notes)
    {
        var view = SampleViews.StepCard(noteCount: notes, viewer: SampleViews.Moderator, voting: true);

        var card = StepCard.Build(view, Language.Dutch);
        var texts = CardQuery.Texts(card);

        Assert.True(CardJson.SizeInBytes(card) < CardLimits.MaxCardBytes);
        Assert.Contains($"… en {notes - StepCard.NoteBudget} meer — alle notities op het bord.", texts);
        Assert.Contains(CardQuery.OfType(card, "Action.OpenUrl"), a => (string?)a["url"] == SampleViews.BoardUrl);
        Assert.Contains($"{notes} notities van 12 deelnemers", texts);
        Assert.Equal(StepCard.NoteBudget, CardQuery.ExecuteActions(card, CardVerbs.CastVote).Count);
    }

    [Fact]
    public void Build_LargeBoardNoOpenRound_ShowsMostVotedNotesFirst()
    {
        // Outside an open round (during one the order is stable, see Build_OpenVotingRound_…).
        var view = SampleViews.StepCard(noteCount: 500, viewer: SampleViews.Moderator);
        var topVotes = view.Notes.Max(n => n.Votes);

        var card = StepCard.Build(view, Language.Dutch);
        var shownIds = CardQuery.DialogOpeners(card, CardVerbs.ShowMoveNoteForm).Select(a => (string)a["data"]!["noteId"]!).ToHashSet();

        // The moderator's own notes come first; the others shown are the most voted.
        var others = view.Notes.Where(n => shownIds.Contains(n.NoteId) && n.AuthorUserId != SampleViews.Moderator.UserId).ToList();
        Assert.NotEmpty(others);
        Assert.All(others, n => Assert.Equal(topVotes, n.Votes));
    }

    [Fact]
    public void Build_HostileNote_IsEscapedEverywhereItIsShown()
    {
        var view = SampleViews.StepCard(noteCount: 3, viewer: SampleViews.Participant) with
        {
            WerkgroepName = "**Werkgroep** [x](http://evil)",
            Notes =
            [
                new NoteView { NoteId = "n1", Version = 1, Text = SampleViews.HostileText, AuthorUserId = SampleViews.ParticipantId, AuthorOrganisation = "<at>Org</at>", ClusterLabel = "# Cluster" },
            ],
        };

        var card = StepCard.Build(view, Language.Dutch);
        var json = CardJson.Serialize(card);
        var texts = CardQuery.Texts(card);

        Assert.Contains(CardMarkdown.Escape(SampleViews.HostileText), texts);
        Assert.DoesNotContain(texts, t => t.Contains("<at>", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(texts, t => t.Contains("](http", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.StartsWith("# ", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains(@"\*\*Werkgroep\*\* \[x\]\(http://evil\)", StringComparison.Ordinal));
        Assert.DoesNotContain("**Werkgroep**", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_InvalidStep_Throws()
    {
        var view = SampleViews.StepCard() with { Step = 7 };

        Assert.Throws<ArgumentOutOfRangeException>(() => StepCard.Build(view, Language.Dutch));
    }

    [Fact]
    public void Build_EmptyStep_SaysNoNotesYet()
    {
        var card = StepCard.Build(SampleViews.StepCard(noteCount: 0, viewer: SampleViews.Participant), Language.Dutch);

        Assert.Contains("Nog geen notities bij deze stap.", CardQuery.Texts(card));
        Assert.Empty(CardQuery.DialogOpeners(card, CardVerbs.ShowEditNoteForm));
    }

    [Fact]
    public void Build_ShowsStepQuestionExplanationAndExample()
    {
        var card = StepCard.Build(SampleViews.StepCard(step: 2, viewer: SampleViews.Participant), Language.Dutch);
        var text = CardQuery.AllText(card);

        Assert.Contains("Stap 2 · Maatschappelijk resultaat", text, StringComparison.Ordinal);
        Assert.Contains(CardText.Dutch.Step(2).Question, text, StringComparison.Ordinal);
        Assert.Contains("Over drie jaar voelt 20% minder 75-plussers in Kesteren zich eenzaam", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_Step4_OffersQualityAgreementProposal()
    {
        var step4 = StepCard.Build(SampleViews.StepCard(step: 4, viewer: SampleViews.Participant), Language.Dutch);
        var step3 = StepCard.Build(SampleViews.StepCard(step: 3, viewer: SampleViews.Participant), Language.Dutch);

        static IEnumerable<string?> Kinds(JsonObject card) =>
            CardQuery.DialogOpeners(card, CardVerbs.ShowProposeForm).Select(a => (string?)a["data"]!["itemKind"]);

        Assert.Contains(CardValues.QualityAgreement, Kinds(step4));
        Assert.DoesNotContain(CardValues.QualityAgreement, Kinds(step3));
        Assert.Contains(CardValues.Result, Kinds(step3));
    }

    [Fact]
    public void Build_LongMultiByteNotes_StillUnder80Kilobytes()
    {
        // 500-character notes full of characters that JSON escapes or markdown doubles.
        var text = string.Concat(Enumerable.Repeat("é#[ü]*<ë>", 56))[..CardLimits.MaxNoteLength];
        var view = SampleViews.StepCard(noteCount: 500, viewer: SampleViews.Moderator, voting: true) with
        {
            Notes = SampleViews.Notes(500, authors: 2).Select(n => n with { Text = text }).ToList(),
        };

        var card = StepCard.Build(view, Language.Dutch);

        Assert.True(CardJson.SizeInBytes(card) < CardLimits.MaxCardBytes, $"{CardJson.SizeInBytes(card)} bytes");
        Assert.Contains(CardQuery.Texts(card), t => t.StartsWith("… en ", StringComparison.Ordinal));
        AdaptiveCardSchemaValidator.Instance.AssertValid(card);
    }

    [Fact]
    public void Build_ManyOwnNotes_ShowsOwnBudgetThenOthersAndPointsToTheBoard()
    {
        var view = SampleViews.StepCard(noteCount: 240, viewer: SampleViews.Participant);

        var card = StepCard.Build(view, Language.Dutch);

        Assert.Equal(StepCard.OwnNoteBudget, CardQuery.DialogOpeners(card, CardVerbs.ShowEditNoteForm).Count);
        Assert.Contains("Jouw notities (20)", CardQuery.Texts(card));
        Assert.Contains($"… en {240 - StepCard.NoteBudget} meer — alle notities op het bord.", CardQuery.Texts(card));
    }

    // Issue 12, finding 5: during an open round the card must not re-sort after every dot.
    [Fact]
    public void Build_OpenVotingRound_NoteOrderIsTheSameBeforeAndAfterVotes()
    {
        var before = VotingView(SampleViews.Participant, votes: [0, 0, 0, 0, 0]);
        var after = VotingView(SampleViews.Participant, votes: [0, 4, 1, 0, 7]);

        var orderBefore = NoteOrder(StepCard.Build(before, Language.Dutch));
        var orderAfter = NoteOrder(StepCard.Build(after, Language.Dutch));

        Assert.Equal(orderBefore, orderAfter);
        // Cluster (unclustered last), then creation order.
        Assert.Equal(["Huisbezoek", "Wandelgroep", "Buurtkamer", "Maatjes", "Koffieochtend"], orderAfter);
    }

    [Fact]
    public void Build_ParticipantDuringRound_ShowsOwnDotsButNoTotals()
    {
        var view = VotingView(SampleViews.Participant, votes: null);
        view = view with { Notes = view.Notes.Select(n => n.NoteId == "n-2" ? n with { ViewerVotes = 2 } : n).ToList() };

        var card = StepCard.Build(view, Language.Dutch);

        var texts = CardQuery.Texts(card);
        Assert.DoesNotContain(texts, t => VoteTotal().IsMatch(t));
        Assert.Contains(texts, t => t.Contains("2 stippen van jou", StringComparison.Ordinal));
        Assert.Contains("Stemronde: nog 3 van 5 stippen", texts);
        AdaptiveCardSchemaValidator.Instance.AssertValid(card);
    }

    [Fact]
    public void Build_ParticipantDuringRound_EnglishShowsOwnDots()
    {
        var view = VotingView(SampleViews.Participant, votes: null);
        view = view with { Notes = view.Notes.Select(n => n.NoteId == "n-2" ? n with { ViewerVotes = 1 } : n).ToList() };

        var texts = CardQuery.Texts(StepCard.Build(view, Language.English));

        Assert.Contains(texts, t => t.Contains("1 of your dots", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.Contains(" votes", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_AfterRoundClosed_RanksByVotesAgain()
    {
        var view = VotingView(SampleViews.Participant, votes: [0, 4, 1, 0, 7]) with { Voting = null };

        var card = StepCard.Build(view, Language.Dutch);

        // Most votes first; the clusters follow their best note, as before the round.
        Assert.Equal(["Wandelgroep", "Huisbezoek", "Maatjes", "Buurtkamer", "Koffieochtend"], NoteOrder(card));
        Assert.Contains(CardQuery.Texts(card), t => t.Contains("7 stemmen", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_ModeratorWithShownCounts_SeesTotalsInStableOrder()
    {
        var view = VotingView(SampleViews.Moderator, votes: [0, 4, 1, 0, 7]);

        var card = StepCard.Build(view, Language.Dutch);

        Assert.Contains(CardQuery.Texts(card), t => t.Contains("7 stemmen", StringComparison.Ordinal));
        Assert.Equal(NoteOrder(StepCard.Build(VotingView(SampleViews.Moderator, votes: [0, 0, 0, 0, 0]), Language.Dutch)), NoteOrder(card));
        AdaptiveCardSchemaValidator.Instance.AssertValid(card);
    }

    [Fact]
    public void Build_ModeratorWithoutRound_StartVotingOffersShowCountsToggleOffByDefault()
    {
        var card = StepCard.Build(SampleViews.StepCard(viewer: SampleViews.Moderator), Language.Dutch);

        var toggle = CardQuery.Input(card, CardInputs.VotingShowCounts);

        Assert.NotNull(toggle);
        Assert.Equal("Input.Toggle", CardQuery.TypeOf(toggle));
        Assert.Equal(CardValues.False, toggle["value"]?.GetValue<string>());
        AdaptiveCardSchemaValidator.Instance.AssertValid(card);
    }

    private static readonly string[] VotingTexts = ["Buurtkamer", "Maatjes", "Huisbezoek", "Koffieochtend", "Wandelgroep"];
    private static readonly string?[] VotingClusters = ["Ontmoeten", "Ontmoeten", "Ondersteunen", null, "Ondersteunen"];

    // Five notes of other people, created in this order; totals null = hidden from the viewer.
    private static StepCardView VotingView(CardViewer viewer, int[]? votes) => SampleViews.StepCard(viewer: viewer, voting: true) with
    {
        Notes = VotingTexts.Select((text, i) => new NoteView
        {
            NoteId = $"n-{i + 1}",
            Version = 1,
            Text = text,
            AuthorUserId = $"29:1author-{i}",
            AuthorName = $"Deelnemer {i}",
            ClusterLabel = VotingClusters[i],
            Votes = votes?[i],
            CreatedAt = SampleViews.Now.AddMinutes(i),
        }).ToList(),
    };

    // The group's note texts in the order the card shows them.
    private static IReadOnlyList<string> NoteOrder(JsonNode card) =>
        CardQuery.Texts(card).Where(t => VotingTexts.Contains(t)).ToList();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b\d+ stem(men)?\b")]
    private static partial System.Text.RegularExpressions.Regex VoteTotal();
}
