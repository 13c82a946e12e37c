using UniPass.Gateway.Messages.Wco.Model;

namespace UniPass.Gateway.Messages.Edifact.Mapping.Internal;

internal sealed class CusdecMapping : MessageMapping<CusdecState>
{
    public override string MessageType => "CUSDEC";

    protected override IReadOnlyList<SegmentMap<CusdecState>> Segments => [];

    protected override IReadOnlyList<GroupMap<CusdecState>> Groups => [];

    protected override CusdecState CreateState(MappingContext context) => new(context);

    protected override CanonicalDocument? Finish(CusdecState state) => null;
}

internal sealed class CusdecState(MappingContext context) : MappingState(context);
