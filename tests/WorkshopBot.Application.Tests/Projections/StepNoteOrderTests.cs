using WorkshopBot.Application.Projections;
using Xunit;

namespace WorkshopBot.Application.Tests.Projections;

// The order the step card lists notes in (issue 12 for the open round, issue 14 for "nothing to sort").
public sealed class StepNoteOrderTests
{
    private sealed record Sticky(string Id, int Votes, string? Cluster, int Minute);

    private static readonly DateTimeOffset Start = new(2026, 3, 10, 9, 0, 0, TimeSpan.FromHours(1));

    [Fact]
    public void NoRound_MostVotesFirst_TiesKeepTheBoardsOrder()
    {
        Sticky[] board = [new("a", 1, null, 0), new("b", 3, null, 1), new("c", 1, null, 2), new("d", 3, null, 3)];

        Assert.Equal(["b", "d", "a", "c"], Rank(board, votingOpen: false).Select(n => n.Id));
    }

    [Fact]
    public void NoRound_AlreadyMostVotesFirst_IsTheSameList()
    {
        Sticky[] board = [new("a", 4, null, 3), new("b", 2, null, 0), new("c", 2, null, 1)];

        Assert.Same(board, Rank(board, votingOpen: false));
    }

    [Fact]
    public void OpenRound_ClusterThenCreation_WhateverTheVotes()
    {
        Sticky[] board = [new("a", 9, null, 0), new("b", 0, " Ontmoeten", 5), new("c", 4, "Ontmoeten", 1), new("d", 1, "Bewegen", 7), new("e", 0, "", 2)];

        Assert.Equal(["d", "c", "b", "a", "e"], Rank(board, votingOpen: true).Select(n => n.Id));
    }

    private static IReadOnlyList<Sticky> Rank(Sticky[] board, bool votingOpen) =>
        StepNoteOrder.Rank(board, votingOpen, n => n.Votes, n => n.Cluster, n => Start.AddMinutes(n.Minute), n => n.Id);
}
