using WorkshopBot.Coaching;
using WorkshopBot.Domain.Items;

namespace WorkshopBot.Application.Werkgroepen;

// A stored result as the coach reads it.
internal static class CoachAssessments
{
    public static ResultAssessment Assess(Result result) => Coach.Default.AssessResult(new Coaching.ResultDraft(
        result.Statement, result.TargetGroup, result.WhatChanges, result.Baseline, result.Target, result.Horizon, result.CompassStep));
}
