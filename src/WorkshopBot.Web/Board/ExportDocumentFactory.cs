using WorkshopBot.Domain.Items;
using WorkshopBot.Domain.Trajecten;
using WorkshopBot.Domain.Werkgroepen;
using WorkshopBot.Exports.Model;
using DomainDirection = WorkshopBot.Domain.Items.IndicatorDirection;
using DomainRegistration = WorkshopBot.Domain.Items.ExistingRegistration;
using DomainResultLevel = WorkshopBot.Domain.Items.ResultLevel;
using DomainType = WorkshopBot.Domain.Items.IndicatorType;
using ExportDirection = WorkshopBot.Exports.Model.IndicatorDirection;
using ExportRegistration = WorkshopBot.Exports.Model.ExistingRegistration;
using ExportResultLevel = WorkshopBot.Exports.Model.ResultLevel;
using ExportType = WorkshopBot.Exports.Model.IndicatorType;

namespace WorkshopBot.Web.Board;

// Flattens a werkgroep (and its traject) into what every export format renders. Only names and
// organisations of participants leave the system; open coaching points travel with each result.
public static class ExportDocumentFactory
{
    public static ExportDocument ForWerkgroep(Werkgroep werkgroep, Traject? traject, DateTimeOffset generatedAt)
    {
        var ambitions = traject?.Ambitions
            .Where(a => werkgroep.FocusAmbitionIds.Count == 0 || werkgroep.FocusAmbitionIds.Contains(a.Id))
            .Select(a => new ExportAmbition(a.Text, a.SubGoals.Select(s => s.Text).ToArray()))
            .ToArray() ?? [];
        return new ExportDocument(
            werkgroep.Name,
            ExportDocumentKind.Werkgroep,
            traject?.Gemeente ?? "",
            traject?.Theme ?? "",
            traject?.Name ?? "",
            [werkgroep.Name],
            generatedAt,
            werkgroep.Members.Select(m => new ExportParticipant(m.Name, m.Organisation ?? "")).ToArray(),
            ambitions,
            werkgroep.Results.Select(Result).ToArray(),
            werkgroep.Indicators.Select(Indicator).ToArray(),
            werkgroep.Activities.Select(a => new ExportActivity(
                a.What,
                a.Organisations,
                a.Formality == Formality.Informal ? ActivityNature.Informal : ActivityNature.Formal,
                a.ResultIds)).ToArray(),
            werkgroep.QualityAgreements.Select(q => new ExportQualityAgreement(
                q.ConditionKind switch
                {
                    ConditionKind.Training => QualityConditionKind.Training,
                    ConditionKind.Kennis => QualityConditionKind.KnowledgeOfWhatWorks,
                    ConditionKind.Methode => QualityConditionKind.EffectiveMethods,
                    ConditionKind.Organisatie => QualityConditionKind.OrganisationalConditions,
                    _ => QualityConditionKind.Other,
                },
                q.Description,
                q.OwnerOrganisation ?? "")).ToArray(),
            []);
    }

    private static ExportResult Result(Result result) => new(
        result.Id,
        result.Level == DomainResultLevel.Voorziening ? ExportResultLevel.Voorziening : ExportResultLevel.Samenleving,
        result.Statement,
        result.TargetGroup ?? "",
        result.WhatChanges ?? "",
        result.Baseline ?? "",
        result.Target ?? "",
        result.Horizon ?? "",
        result.Status == ItemStatus.Vastgesteld ? ResultStatus.Vastgesteld : ResultStatus.Concept,
        BoardViewFactory.AssessResult(result).Failed.Select(c => c.MessageNl).ToArray());

    private static ExportIndicator Indicator(Indicator indicator) => new(
        indicator.Id,
        indicator.Name,
        indicator.Definition ?? "",
        indicator.Numerator ?? "",
        indicator.Denominator ?? "",
        indicator.IndicatorKind == IndicatorKind.Vertellen ? IndicatorMeasure.Vertellen : IndicatorMeasure.Tellen,
        indicator.Type switch
        {
            DomainType.Input => ExportType.Input,
            DomainType.Proces => ExportType.Proces,
            DomainType.Output => ExportType.Output,
            _ => ExportType.Outcome,
        },
        indicator.DataSource ?? "",
        indicator.ExistingRegistration switch
        {
            DomainRegistration.Yes => ExportRegistration.Yes,
            DomainRegistration.No => ExportRegistration.No,
            _ => ExportRegistration.Unknown,
        },
        indicator.OwnerOrganisation ?? "",
        indicator.Frequency ?? "",
        indicator.Baseline ?? "",
        indicator.Target ?? "",
        indicator.Direction switch
        {
            DomainDirection.Up => ExportDirection.Increase,
            DomainDirection.Down => ExportDirection.Decrease,
            DomainDirection.Stable => ExportDirection.Maintain,
            _ => ExportDirection.Unspecified,
        },
        indicator.Need == InformationNeed.NiceToKnow ? IndicatorPriority.NiceToKnow : IndicatorPriority.NeedToKnow,
        indicator.ResultId);
}
