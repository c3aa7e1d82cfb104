using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using WorkshopBot.BotProtocol.Ports;
using WorkshopBot.Application.Commands;
using WorkshopBot.Application.Privacy;
using WorkshopBot.Application.Werkgroepen;
using WorkshopBot.Domain.Ports;
using WorkshopBot.Domain.Summaries;
using WorkshopBot.TestKit.Azurite;
using WorkshopBot.TestKit.Cards;
using Xunit;

namespace WorkshopBot.IntegrationTests.RealHost;

// Issue 13, finding 6, against the real host and Azurite: what the bot stored about a participant is
// exported, then forgotten through the real Table stores (werkgroep, traject, audit rows, conversation
// references). Before, nothing could find or erase one person's data.
[Collection(AzuriteFixture.CollectionName)]
[Trait("Category", "Integration")]
public sealed class HostPrivacyTests(AzuriteFixture azurite) : HostBenchTest(azurite, TimeSpan.FromSeconds(90))
{
    [Fact]
    public async Task ExportThenForget_ParticipantKnownByTeamsId_ExportHoldsTheirDataAndForgetLeavesNoIdOrNameButKeepsTheNote()
    {
        var conversation = HostBench.NewConversationId();
        var marieke = HostBench.User("Marieke Jansen");
        var fatma = HostBench.User("Fatma Yilmaz");
        var werkgroepId = await Bench.StartWerkgroepWithOpenStepAsync(conversation, marieke, Ct);
        await Bench.PostAsync(Bench.Invoke(conversation, fatma, "setOrganisation", new JsonObject { ["werkgroepId"] = werkgroepId, ["organisation"] = "Welzijn Rivierenland" }), Ct);
        var added = await Bench.PostAsync(Bench.Invoke(conversation, fatma, "addNotes", HostBench.NoteData(werkgroepId, "Buurtlunch voor ouderen")), Ct);
        Assert.True(added.IsCard, added.ToString());
        var service = Service();

        // The operator knows only her Teams id; the member row adds her object id.
        var export = await service.ExportAsync([fatma.Id], Ct);

        Assert.Contains(fatma.AadObjectId, export.UserIds);
        var werkgroep = Assert.Single(export.Werkgroepen);
        Assert.Equal(werkgroepId, werkgroep.WerkgroepId);
        Assert.Equal("Buurtlunch voor ouderen", Assert.Single(werkgroep.Notes).Text);
        Assert.Equal("Fatma Yilmaz", Assert.Single(werkgroep.MemberRecords).Name);
        Assert.Contains(export.Audit, e => e.ActorId == fatma.AadObjectId && e.Kind == "note-added");
        // A group chat's stored reference names nobody (data minimisation), so it is no one's personal data.
        var mariekeReferences = await Bench.Host.Services.GetRequiredService<IPersonalDataStore>()
            .ConversationReferencesOfAsync(new Domain.Privacy.PersonIds([marieke.Id, marieke.AadObjectId]), Ct);
        Assert.DoesNotContain(mariekeReferences, r => r.ConversationId == conversation);
        Assert.DoesNotContain(export.ConversationReferences, r => r.ConversationId == conversation);
        var json = JsonSerializer.Serialize(export);
        Assert.DoesNotContain("Marieke Jansen", json, StringComparison.Ordinal);

        var report = await service.ForgetAsync([fatma.AadObjectId], eraseNotes: false, Ct);

        Assert.Equal((1, 0), (report.Werkgroepen, report.Trajecten));
        Assert.True(report.AuditEvents >= 2, report.ToString());
        var stored = await Bench.WerkgroepAsync(werkgroepId, Ct);
        Assert.False(stored.IsMember(fatma.AadObjectId));
        var note = Assert.Single(stored.Notes);
        Assert.Equal(("Buurtlunch voor ouderen", report.Pseudonym), (note.Text, note.AuthorId));
        Assert.True(stored.IsMember(marieke.AadObjectId));
        var audit = JsonSerializer.Serialize(await Bench.Workshops.GetAuditTrailAsync(stored.TrajectId, Ct));
        Assert.DoesNotContain(fatma.AadObjectId, audit, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Fatma", audit, StringComparison.Ordinal);
        Assert.Contains(report.Pseudonym, audit, StringComparison.Ordinal);
        var personalData = Bench.Host.Services.GetRequiredService<IPersonalDataStore>();
        Assert.DoesNotContain(
            await personalData.ConversationReferencesOfAsync(new Domain.Privacy.PersonIds([fatma.Id, fatma.AadObjectId]), Ct),
            r => r.ConversationId == conversation);
        var index = Bench.Host.Services.GetRequiredService<IWerkgroepMembershipIndex>();
        Assert.Empty(await index.ListForUserAsync(fatma.AadObjectId, Ct));

        var again = await service.ForgetAsync([fatma.AadObjectId, fatma.Id], eraseNotes: false, Ct);
        var exportAfter = await service.ExportAsync([fatma.AadObjectId, fatma.Id], Ct);

        Assert.False(again.ChangedAnything, again.ToString());
        Assert.Equal(report.Pseudonym, again.Pseudonym);
        Assert.Empty(exportAfter.Werkgroepen);
        Assert.Empty(exportAfter.Audit);
    }

    [Fact]
    public async Task DeleteTraject_ModeratorConfirmsWithTheName_TrajectAndWerkgroepAreGoneAndOthersAreRefused()
    {
        var conversation = HostBench.NewConversationId();
        var marieke = HostBench.User("Marieke Jansen");
        var fatma = HostBench.User("Fatma Yilmaz");
        var werkgroepId = await Bench.StartWerkgroepWithOpenStepAsync(conversation, marieke, Ct);
        await Bench.PostAsync(Bench.Invoke(conversation, fatma, "addNotes", HostBench.NoteData(werkgroepId, "Buurtlunch voor ouderen")), Ct);
        var werkgroep = await Bench.WerkgroepAsync(werkgroepId, Ct);
        var traject = (await Bench.Workshops.GetTrajectAsync(werkgroep.TrajectId, Ct))!;
        var handler = Bench.Host.Services.GetRequiredService<TrajectDeletionHandler>();
        var mariekeCaller = new Caller(marieke.AadObjectId, marieke.Name, HostBench.TenantId, marieke.Id);

        var byParticipant = await handler.DeleteAsync(new DeleteTraject(traject.Id, traject.Name), new Caller(fatma.AadObjectId, fatma.Name, HostBench.TenantId), Ct);
        var unconfirmed = await handler.DeleteAsync(new DeleteTraject(traject.Id, "ja"), mariekeCaller, Ct);

        Assert.Equal("not-moderator", byParticipant.Error?.Code);
        Assert.Equal("confirmation-mismatch", unconfirmed.Error?.Code);
        Assert.NotNull(await Bench.Workshops.GetWerkgroepAsync(werkgroepId, Ct));

        var deleted = await handler.DeleteAsync(new DeleteTraject(traject.Id, traject.Name), mariekeCaller, Ct);

        Assert.True(deleted.IsSuccess, deleted.Error?.ToString());
        Assert.Null(await Bench.Workshops.GetWerkgroepAsync(werkgroepId, Ct));
        Assert.Null(await Bench.Workshops.GetTrajectAsync(traject.Id, Ct));
        Assert.Null(await Bench.Workshops.FindWerkgroepByConversationAsync(conversation, Ct));
        Assert.Empty(await Bench.Workshops.GetAuditTrailAsync(traject.Id, Ct));
        Assert.Empty(await Bench.Host.Services.GetRequiredService<IWerkgroepMembershipIndex>().ListForUserAsync(fatma.AadObjectId, Ct));
        Assert.DoesNotContain(traject.Id, await Bench.Host.Services.GetRequiredService<IPersonalDataStore>().ListTrajectIdsAsync(Ct));
        Assert.Equal("no-traject", (await handler.DeleteAsync(new DeleteTraject(traject.Id, traject.Name), mariekeCaller, Ct)).Error?.Code);
    }

    // The moderator's typed command in the werkgroep's chat: without the name the bot explains and deletes
    // nothing; a participant is refused; the moderator with the exact name deletes the traject.
    [Fact]
    public async Task TypedDeleteTraject_ConfirmedByTheModerator_DeletesAndOthersAreRefused()
    {
        var conversation = HostBench.NewConversationId();
        var marieke = HostBench.User("Marieke Jansen");
        var fatma = HostBench.User("Fatma Yilmaz");
        var werkgroepId = await Bench.StartWerkgroepWithOpenStepAsync(conversation, marieke, Ct);
        await Bench.PostAsync(Bench.Invoke(conversation, fatma, "addNotes", HostBench.NoteData(werkgroepId, "Buurtlunch voor ouderen")), Ct);
        var trajectId = (await Bench.WerkgroepAsync(werkgroepId, Ct)).TrajectId;

        await Bench.PostAsync(Bench.Message(conversation, marieke, "traject verwijderen"), Ct);
        await Bench.PostAsync(Bench.Message(conversation, fatma, "traject verwijderen Eenzaamheid onder ouderen"), Ct);

        Assert.NotNull(await Bench.Workshops.GetWerkgroepAsync(werkgroepId, Ct));
        var texts = Bench.ConnectorCards().Select(CardQuery.AllText).ToArray();
        Assert.Contains(texts, t => t.Contains("Typ ter bevestiging", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("moderator", StringComparison.OrdinalIgnoreCase));

        await Bench.PostAsync(Bench.Message(conversation, marieke, "traject verwijderen Eenzaamheid onder ouderen"), Ct);

        Assert.Null(await Bench.Workshops.GetWerkgroepAsync(werkgroepId, Ct));
        Assert.Null(await Bench.Workshops.GetTrajectAsync(trajectId, Ct));
        Assert.Contains(Bench.ConnectorCards().Select(CardQuery.AllText), t => t.Contains("is verwijderd", StringComparison.Ordinal));
    }

    // Data minimisation (issue 13): a proactive message to a group chat needs no recipient, so after people
    // talk in the chat its stored reference names none of them; before, it kept the last sender's ids and name.
    [Fact]
    public async Task GroupChatMessage_StoredConversationReference_HoldsNoUserIdOrName()
    {
        var conversation = HostBench.NewConversationId();
        var marieke = HostBench.User("Marieke Jansen");
        var fatma = HostBench.User("Fatma Yilmaz");
        await Bench.StartWerkgroepWithOpenStepAsync(conversation, marieke, Ct);

        await Bench.PostAsync(Bench.Message(conversation, fatma, "help"), Ct);

        var stored = await Bench.Host.Services.GetRequiredService<IConversationReferenceStore>().GetAsync(conversation, Ct);
        Assert.NotNull(stored);
        Assert.Null(stored.User);
        var json = JsonSerializer.Serialize(stored, BotProtocol.Schema.BotJson.Context.ConversationReference);
        foreach (var personal in new[] { fatma.Id, fatma.AadObjectId, fatma.Name, marieke.Id, marieke.AadObjectId, marieke.Name })
        {
            Assert.DoesNotContain(personal, json, StringComparison.OrdinalIgnoreCase);
        }

        // It still reaches the chat: the conversation, service URL and tenant are kept.
        Assert.Equal((conversation, Bench.Connector.ServiceUrl), (stored.Conversation.Id, stored.ServiceUrl));
        Assert.NotNull(stored.TenantId);
    }

    // The retention purge: nothing is young enough to go today; 800 days later the conversation
    // reference and the dedupe rows are gone and the audit keeps kinds and times without names or details.
    [Fact]
    public async Task PurgeExpired_TodayAndAfterTheRetentionPeriods_OnlyOldRowsArePurged()
    {
        var conversation = HostBench.NewConversationId();
        var marieke = HostBench.User("Marieke Jansen");
        var werkgroepId = await Bench.StartWerkgroepWithOpenStepAsync(conversation, marieke, Ct);
        var trajectId = (await Bench.WerkgroepAsync(werkgroepId, Ct)).TrajectId;
        var personalData = Bench.Host.Services.GetRequiredService<IPersonalDataStore>();
        var references = Bench.Host.Services.GetRequiredService<IConversationReferenceStore>();
        var person = new Domain.Privacy.PersonIds([marieke.Id, marieke.AadObjectId]);

        var today = await personalData.PurgeExpiredAsync(new Domain.Privacy.RetentionPolicy(), DateTimeOffset.UtcNow, Ct);

        Assert.Equal(new Domain.Privacy.RetentionReport(0, 0, 0), today);
        Assert.NotNull(await references.GetAsync(conversation, Ct));

        var later = await personalData.PurgeExpiredAsync(new Domain.Privacy.RetentionPolicy(), DateTimeOffset.UtcNow.AddDays(800), Ct);

        Assert.True(later.ConversationReferencesDeleted >= 1 && later.ProcessedActivitiesDeleted >= 1 && later.AuditEventsBlanked >= 2, later.ToString());
        Assert.Null(await references.GetAsync(conversation, Ct));
        Assert.Empty(await personalData.ConversationReferencesOfAsync(person, Ct));
        var audit = await Bench.Workshops.GetAuditTrailAsync(trajectId, Ct);
        Assert.NotEmpty(audit);
        Assert.All(audit, e => Assert.Equal(("", ""), (e.ActorName, e.Details)));
        Assert.DoesNotContain(audit, e => e.ActorId == marieke.AadObjectId);
        Assert.Contains(audit, e => e.Kind == "werkgroep-started");
    }

    private PersonalDataService Service() => new(
        Bench.Host.Services.GetRequiredService<IWorkshopStore>(),
        Bench.Host.Services.GetRequiredService<ISummaryReviewStore>(),
        Bench.Host.Services.GetRequiredService<IMonitoringStore>(),
        Bench.Host.Services.GetRequiredService<IPersonalDataStore>(),
        TimeProvider.System);
}
