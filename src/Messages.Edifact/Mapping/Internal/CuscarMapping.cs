using UniPass.Gateway.Messages.Wco.Model;

namespace UniPass.Gateway.Messages.Edifact.Mapping.Internal;

internal sealed class CuscarMapping : MessageMapping<CuscarState>
{
    public override string MessageType => "CUSCAR";

    protected override IReadOnlyList<SegmentMap<CuscarState>> Segments => [];

    protected override IReadOnlyList<GroupMap<CuscarState>> Groups => [];

    protected override CuscarState CreateState(MappingContext context) => new(context);

    protected override CanonicalDocument? Finish(CuscarState state) => null;
}

internal sealed class CuscarState(MappingContext context) : MappingState(context);
