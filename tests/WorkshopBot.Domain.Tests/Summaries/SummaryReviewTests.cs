using WorkshopBot.Domain;
using WorkshopBot.Domain.Audit;
using WorkshopBot.Domain.Summaries;
using WorkshopBot.Domain.Trajecten;
using Xunit;

namespace WorkshopBot.Domain.Tests.Summaries;

public sealed class SummaryReviewTests
{
    // Monday 23 November 2026, 10:00 in Amsterdam (UTC+1).
    private static readonly DateTimeOffset Monday10 = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private static readonly Actor Marieke = new("aad-marieke", "Marieke de Vries", "Gemeente Neder-Betuwe");
    private static readonly Actor Jan = new("aad-jan", "Jan Bakker", "Welzijn Neder-Betuwe");
    private static readonly Actor Fatima = new("aad-fatima", "Fatima El Amrani", "MEE cliëntondersteuning");
    private static readonly Actor Kees = new("aad-kees", "Kees Jansen", "Adviesraad sociaal domein");

    [Fact]
    public void Publish_ByNonModerator_IsRefused()
    {
        var result = Publish(Jan);

        Assert.False(result.IsSuccess);
        Assert.Equal(DomainErrorCodes.NotModerator, result.Error!.Code);
    }

    [Fact]
    public void Respond_VraagWithoutComment_RequiresComment()
    {
        var review = Published();

        var result = review.Respond(Jan, ReviewAnswer.Vraag, "  ", Monday10);

        Assert.Equal(DomainErrorCodes.CommentRequired, result.Error!.Code);
    }

    [Fact]
    public void Respond_ChangedAnswer_KeepsOneResponseWithHigherRevision()
    {
        var review = Published();

        review = review.Respond(Jan, ReviewAnswer.Akkoord, null, Monday10).Value.Aggregate;
        review = review.Respond(Jan, ReviewAnswer.Bezwaar, "Indicator 2 kost ons te veel registratietijd.", Monday10.AddMinutes(5)).Value.Aggregate;

        var response = Assert.Single(review.Responses);
        Assert.Equal(ReviewAnswer.Bezwaar, response.Answer);
        Assert.Equal(2, response.Revision);
        Assert.Equal(0, review.Count(ReviewAnswer.Akkoord));
        Assert.Equal(1, review.Count(ReviewAnswer.Bezwaar));
    }

    [Fact]
    public void Respond_SameAnswerTwice_IsUnchanged()
    {
        var review = Published().Respond(Jan, ReviewAnswer.Akkoord, null, Monday10).Value.Aggregate;

        var again = review.Respond(Jan, ReviewAnswer.Akkoord, null, Monday10.AddMinutes(1)).Value;

        Assert.False(again.HasChanges);
    }

    [Fact]
    public void Respond_AfterDeadline_IsRefused()
    {
        var review = Published().SetDeadline(Marieke, Monday10.AddDays(2), Monday10).Value.Aggregate;

        var result = review.Respond(Jan, ReviewAnswer.Akkoord, null, Monday10.AddDays(2));

        Assert.Equal(DomainErrorCodes.ReviewClosed, result.Error!.Code);
    }

    [Fact]
    public void Respond_OnSupersededVersion_PointsToNewVersion()
    {
        var review = Published().Supersede(2, Marieke, Monday10).Value.Aggregate;

        var result = review.Respond(Jan, ReviewAnswer.Akkoord, null, Monday10);

        Assert.Equal(DomainErrorCodes.ReviewSuperseded, result.Error!.Code);
        Assert.Equal("2", result.Error.TargetId);
    }

    [Fact]
    public void Respond_ByUnlistedChannelMember_AddsThemAsReviewer()
    {
        var stranger = new Actor("aad-piet", "Piet de Groot", "Vrijwilligerscentrale");

        var review = Published().Respond(stranger, ReviewAnswer.Akkoord, null, Monday10).Value.Aggregate;

        Assert.Contains(review.Reviewers, r => r.UserId == "aad-piet");
    }

    [Fact]
    public void DueReminders_OnlyNonRespondents_InOfficeHours()
    {
        var review = Published().SetDeadline(Marieke, Monday10.AddDays(4), Monday10).Value.Aggregate
            .Respond(Jan, ReviewAnswer.Akkoord, null, Monday10).Value.Aggregate;

        var due = review.DueReminders(Monday10, ReminderPolicy.Default);

        Assert.Equal(["aad-fatima", "aad-kees"], due.Select(r => r.UserId).Order().ToArray());
    }

    [Theory]
    [InlineData(2026, 11, 23, 22, 0)] // Monday 23:00 in Amsterdam
    [InlineData(2026, 11, 24, 5, 0)] // Tuesday 06:00 in Amsterdam
    [InlineData(2026, 11, 28, 11, 0)] // Saturday noon
    [InlineData(2026, 11, 29, 11, 0)] // Sunday noon
    public void DueReminders_AtNightOrInWeekend_AreNone(int year, int month, int day, int hourUtc, int minute)
    {
        var now = new DateTimeOffset(year, month, day, hourUtc, minute, 0, TimeSpan.Zero);
        var review = Published().SetDeadline(Marieke, now.AddDays(5), Monday10).Value.Aggregate;

        Assert.Empty(review.DueReminders(now, ReminderPolicy.Default));
    }

    [Fact]
    public void DueReminders_WithinInterval_AreNotRepeated()
    {
        var review = Published().SetDeadline(Marieke, Monday10.AddDays(4), Monday10).Value.Aggregate;
        review = review.MarkReminded(["aad-jan", "aad-fatima", "aad-kees"], Monday10).Aggregate;

        Assert.Empty(review.DueReminders(Monday10.AddHours(3), ReminderPolicy.Default));
        Assert.Equal(3, review.DueReminders(Monday10.AddDays(1), ReminderPolicy.Default).Count);
    }

    [Fact]
    public void DueReminders_UnreachableReviewer_IsSkipped()
    {
        var review = Published().SetDeadline(Marieke, Monday10.AddDays(4), Monday10).Value.Aggregate
            .MarkUnreachable("aad-kees", Monday10).Aggregate;

        Assert.DoesNotContain(review.DueReminders(Monday10, ReminderPolicy.Default), r => r.UserId == "aad-kees");
    }

    [Fact]
    public void CloseIfDue_AtDeadline_Closes()
    {
        var review = Published().SetDeadline(Marieke, Monday10.AddDays(1), Monday10).Value.Aggregate;

        Assert.False(review.CloseIfDue(Monday10.AddHours(23)).HasChanges);
        var closed = review.CloseIfDue(Monday10.AddDays(1)).Aggregate;

        Assert.Equal(ReviewState.Closed, closed.State);
    }

    [Fact]
    public void OrganisationsNotResponded_ListsOrganisationsWithoutAnyAnswer()
    {
        var review = Published().Respond(Jan, ReviewAnswer.Akkoord, null, Monday10).Value.Aggregate;

        Assert.Equal(["Adviesraad sociaal domein", "MEE cliëntondersteuning"], review.OrganisationsNotResponded);
    }

    [Fact]
    public void OrganisationsNotResponded_ModeratorsOwnOrganisation_NeverMissing()
    {
        var colleague = new Reviewer("aad-ruud", "Ruud Peters", "Gemeente Neder-Betuwe");
        var review = Published() with { Reviewers = [ToReviewer(Marieke), colleague, ToReviewer(Jan)] };

        Assert.Equal(["Welzijn Neder-Betuwe"], review.OrganisationsNotResponded);
        Assert.DoesNotContain(review.NotResponded, r => r.UserId == Marieke.UserId);
    }

    [Fact]
    public void Respond_ByListedReviewer_AnswersForTheOrganisationTheReviewListsThemWith()
    {
        var jan = new Actor("aad-jan", "Jan Bakker");

        var review = Published().Respond(jan, ReviewAnswer.Akkoord, null, Monday10).Value.Aggregate;

        Assert.Equal("Welzijn Neder-Betuwe", Assert.Single(review.Responses).Organisation);
        Assert.DoesNotContain("Welzijn Neder-Betuwe", review.OrganisationsNotResponded);
    }

    [Fact]
    public void Respond_Events_CarryTheReviewerIdButNoNameOrComment()
    {
        var review = Published();

        var first = review.Respond(Jan, ReviewAnswer.Vraag, "Wie betaalt de buurtbus?", Monday10).Value;
        var second = first.Aggregate.Respond(Jan, ReviewAnswer.Bezwaar, "Toch bezwaar", Monday10.AddMinutes(1)).Value;

        var answered = Assert.Single(first.Events);
        var changed = Assert.Single(second.Events);
        Assert.Equal((WorkshopEventKinds.ReviewAnswered, Jan.UserId, "", "vraag"), (answered.Kind, answered.ActorId, answered.ActorName, answered.Details));
        Assert.Equal((WorkshopEventKinds.ReviewAnswerChanged, "bezwaar"), (changed.Kind, changed.Details));
        Assert.Equal(second.Aggregate.AggregateVersion, changed.Sequence);
    }

    [Fact]
    public void SetDeadline_SecondTime_IsRecordedAsChanged()
    {
        var review = Published();

        var set = review.SetDeadline(Marieke, Monday10.AddDays(7), Monday10).Value;
        var moved = set.Aggregate.SetDeadline(Marieke, Monday10.AddDays(9), Monday10).Value;
        var same = moved.Aggregate.SetDeadline(Marieke, Monday10.AddDays(9), Monday10).Value;

        Assert.Equal(WorkshopEventKinds.ReviewDeadlineSet, Assert.Single(set.Events).Kind);
        Assert.Equal(WorkshopEventKinds.ReviewDeadlineChanged, Assert.Single(moved.Events).Kind);
        Assert.False(same.HasChanges);
    }

    [Fact]
    public void SetDeadline_ByReviewer_IsRefused()
    {
        var review = Published();

        var result = review.SetDeadline(Jan, Monday10.AddDays(9), Monday10);

        Assert.Equal(DomainErrorCodes.NotModerator, result.Error!.Code);
    }

    [Fact]
    public void StateChanges_EventSequence_IsTheNewAggregateVersion()
    {
        // The audit row key is built from the sequence: reusing the previous version's number would
        // collide with that version's event row and make the save fail.
        var review = Published().SetDeadline(Marieke, Monday10.AddDays(1), Monday10).Value.Aggregate;

        var changes = new[]
        {
            review.AttachCard(new PostedCard("19:thread", "activity-1", "https://smba.example.test/")),
            review.MarkReminded([Jan.UserId], Monday10),
            review.MarkUnreachable(Kees.UserId, Monday10),
            review.CloseIfDue(Monday10.AddDays(2)),
        };

        Assert.All(changes, c => Assert.Equal(c.Aggregate.AggregateVersion, Assert.Single(c.Events).Sequence));
        Assert.Equal(Kees.UserId, changes[2].Events[0].ActorId);
    }

    private static SummaryReview Published() => Publish(Marieke).Value.Aggregate;

    private static DomainResult<Change<SummaryReview>> Publish(Actor actor) =>
        SummaryReview.Publish(
            "traject-1",
            "werkgroep-1",
            1,
            new SummaryContent("Eenzaamheid onder ouderen", "Sociaal domein 2027", "Eenzaamheid", [], [], [], [], 0, [], null),
            actor,
            [new Person(Marieke.UserId, Marieke.DisplayName)],
            [ToReviewer(Jan), ToReviewer(Fatima), ToReviewer(Kees)],
            Monday10);

    private static Reviewer ToReviewer(Actor actor) => new(actor.UserId, actor.DisplayName, actor.Organisation);
}
