using WorkshopBot.Domain.Items;
using WorkshopBot.Domain.Werkgroepen;

namespace WorkshopBot.Application.Projections;

// A quality agreement with what its card, the board and the exports derive from it.
public sealed record QualityAgreementProjection(QualityAgreement Agreement, PersonProjection? ProposedBy)
{
    public static QualityAgreementProjection Of(Werkgroep werkgroep, QualityAgreement agreement) =>
        new(agreement, PersonProjection.ProposerOf(werkgroep, agreement));
}
