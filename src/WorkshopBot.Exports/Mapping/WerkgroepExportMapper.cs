using WorkshopBot.Application.Projections;
using WorkshopBot.Domain.Localization;
using WorkshopBot.Domain.Trajecten;
using WorkshopBot.Domain.Werkgroepen;
using WorkshopBot.Exports.Model;
using DomainItems = WorkshopBot.Domain.Items;

namespace WorkshopBot.Exports.Mapping;

// Flattens one werkgroep (and its traject, when known) into the ExportDocument every format renders.
// Only live data goes in: merged and deleted notes never appear. Fields the group left empty become ""
// and the Domain's enums pass through as they are; an unchosen direction or condition kind stays null, so
// the register shows a gap instead of a guess. Only type, tellen/vertellen, need and formality get a default.
public static class WerkgroepExportMapper
{
    public static ExportDocument From(Traject? traject, Werkgroep werkgroep, DateTimeOffset generatedAt)
    {
        ArgumentNullException.ThrowIfNull(werkgroep);

        // Exports are written in Dutch, like the board; the coach's remarks are quoted from the same
        // projections the cards and the board show.
        var items = ItemsProjection.Of(werkgroep, Language.Dutch);
        var numbers = ItemNumbers.Of(items);
        return new ExportDocument(
            Title: werkgroep.Name,
            Kind: ExportDocumentKind.Werkgroep,
            Gemeente: traject?.Gemeente ?? "",
            Theme: traject?.Theme ?? "",
            TrajectName: traject?.Name ?? "",
            WerkgroepNames: [werkgroep.Name],
            GeneratedAt: generatedAt,
            Participants: [.. werkgroep.Members.Select(m => new ExportParticipant(m.Name, m.Organisation ?? ""))],
            Ambitions: Ambitions(traject, werkgroep),
            Results: [.. items.Results.Select(r => MapResult(r) with { Number = numbers.For(r.Result.Id) })],
            Indicators: [.. items.Indicators.Select(i => MapIndicator(i) with { Number = numbers.For(i.Indicator.Id) })],
            Activities: [.. items.Activities.Select(a => MapActivity(a.Activity) with { Number = numbers.For(a.Activity.Id) })],
            QualityAgreements: [.. items.QualityAgreements.Select(q => MapAgreement(q.Agreement) with { Number = numbers.For(q.Agreement.Id) })],
            OpenQuestions: OpenQuestions(werkgroep));
    }

    // The werkgroep's focus ambitions; without a focus it works on all of the traject's ambitions.
    private static IReadOnlyList<ExportAmbition> Ambitions(Traject? traject, Werkgroep werkgroep)
    {
        if (traject is null)
        {
            return [];
        }

        var ambitions = werkgroep.FocusAmbitionIds.Count == 0
            ? traject.Ambitions
            : traject.Ambitions.Where(a => werkgroep.FocusAmbitionIds.Contains(a.Id, StringComparer.Ordinal));
        return [.. ambitions.Select(a => new ExportAmbition(a.Text, [.. a.SubGoals.Select(s => s.Text)]))];
    }

    private static ExportResult MapResult(ResultProjection projection)
    {
        var result = projection.Result;
        return new(
            result.Id,
            result.Level,
            result.Statement,
            result.TargetGroup ?? "",
            result.WhatChanges ?? "",
            result.Baseline ?? "",
            result.Target ?? "",
            result.Horizon ?? "",
            result.Status,
            OpenCoachingPoints(projection));
    }

    // A vastgesteld result was accepted by the group, so the coach's remarks no longer belong in the document.
    private static IReadOnlyList<string> OpenCoachingPoints(ResultProjection projection)
    {
        if (projection.Result.Status == DomainItems.ItemStatus.Vastgesteld || string.IsNullOrWhiteSpace(projection.Result.Statement))
        {
            return [];
        }

        return [.. projection.Coach.Failed.Select(c => c.Message(Language.Dutch))];
    }

    private static ExportIndicator MapIndicator(IndicatorProjection projection)
    {
        var indicator = projection.Indicator;
        return new(
            indicator.Id,
            indicator.Name,
            indicator.Definition ?? "",
            indicator.Numerator ?? "",
            indicator.Denominator ?? "",
            indicator.IndicatorKind ?? DomainItems.IndicatorKind.Tellen,
            // The export model has no "unknown" type; an unclassified indicator takes the type its compass
            // step asks for (step 2: outcome in society, step 5: output of the service).
            indicator.Type ?? (indicator.Step == 5 ? DomainItems.IndicatorType.Output : DomainItems.IndicatorType.Outcome),
            indicator.DataSource ?? "",
            indicator.ExistingRegistration,
            indicator.OwnerOrganisation ?? "",
            indicator.Frequency ?? "",
            indicator.Baseline ?? "",
            indicator.Target ?? "",
            indicator.Direction,
            // Only an explicit "need to know" counts as one: the register is for deciding what to measure.
            indicator.Need ?? DomainItems.InformationNeed.NiceToKnow,
            string.IsNullOrWhiteSpace(indicator.ResultId) ? null : indicator.ResultId,
            indicator.StoriesAbout ?? "",
            indicator.StoriesFrom ?? "",
            indicator.CollectionMethod ?? "",
            indicator.StoriesUse ?? "",
            indicator.Status);
    }

    private static ExportActivity MapActivity(DomainItems.PlannedActivity activity) =>
        new(activity.What, activity.Organisations, activity.Formality ?? DomainItems.Formality.Formal, activity.ResultIds);

    private static ExportQualityAgreement MapAgreement(DomainItems.QualityAgreement agreement) =>
        new(agreement.ConditionKind, agreement.Description, agreement.OwnerOrganisation ?? "");

    // Parked notes are the questions the group set aside to come back to.
    private static IReadOnlyList<string> OpenQuestions(Werkgroep werkgroep) =>
        [.. werkgroep.Notes.Where(n => n.IsActive && n.Status == NoteStatus.Geparkeerd).Select(n => n.Text)];
}
