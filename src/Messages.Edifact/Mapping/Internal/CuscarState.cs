using UniPass.Gateway.Messages.Wco.Model;

namespace UniPass.Gateway.Messages.Edifact.Mapping.Internal;

/// <summary>A CUSCAR message being mapped: the report's header, transport, equipment and consignments so far.</summary>
internal sealed class CuscarState(MappingContext context) : MappingState(context)
{
    public string? ManifestNumber { get; set; }

    public string? FunctionCode { get; set; }

    public DateTimeOffset? IssueDateTime { get; set; }

    public TransportMeans? TransportMeans { get; set; }

    /// <summary>True while the SG1/SG4 occurrence being read is the main carriage's (TDT+20).</summary>
    public bool InMainCarriage { get; set; }

    public List<Party> Parties { get; } = [];

    public UnLocode? LoadingLocation { get; set; }

    public UnLocode? DischargeLocation { get; set; }

    public DateTimeOffset? ArrivalDateTime { get; set; }

    public DateTimeOffset? DepartureDateTime { get; set; }

    public List<UnLocode> Itinerary { get; } = [];

    /// <summary>The equipment of the voyage (SG2/SG5 EQD with SEL), by identification.</summary>
    public Dictionary<string, TransportEquipment> Equipment { get; } = new(StringComparer.Ordinal);

    /// <summary>The equipment being read, or null.</summary>
    public TransportEquipment? CurrentEquipment { get; set; }

    public List<Consignment> Consignments { get; } = [];

    /// <summary>The CNI being read: its transport document number and how many parts (SG5/SG8) it had.</summary>
    public ConsignmentItemBuilder? Item { get; set; }

    /// <summary>The consignment (one SG5/SG8 occurrence) being read.</summary>
    public ConsignmentBuilder? Consignment { get; set; }
}

/// <summary>A CNI (CUSCAR SG4 D.95B, SG7 D.96B) being read.</summary>
internal sealed class ConsignmentItemBuilder(string? documentNumber)
{
    public string? DocumentNumber { get; } = documentNumber;

    public int Parts { get; set; }
}

/// <summary>One consignment of a cargo report (a CNI's transport document part, SG5 D.95B / SG8 D.96B) being read.</summary>
internal sealed class ConsignmentBuilder(ICanonicalLocation report, int index, string? master, string? house) : CanonicalElement(report, "consignments", index)
{
    public string? Master { get; } = master;

    public string? House { get; } = house;

    public List<Party> Parties { get; } = [];

    public UnLocode? LoadingLocation { get; set; }

    public UnLocode? DischargeLocation { get; set; }

    public UnLocode? DeliveryLocation { get; set; }

    public List<CargoItem> Items { get; } = [];

    /// <summary>The goods item being read (SG10/SG14 GID), or null.</summary>
    public CargoItemBuilder? Item { get; set; }
}

/// <summary>A goods item (GID) being read.</summary>
internal sealed class CargoItemBuilder(ConsignmentBuilder consignment, int index, int sequence) : CanonicalElement(consignment, "items", index)
{
    public int Sequence { get; } = sequence;

    public string? Description { get; set; }

    public List<Packaging> Packages { get; } = [];

    public Quantity? GrossMass { get; set; }

    public List<DangerousGoods> DangerousGoods { get; } = [];

    public List<string> EquipmentIds { get; } = [];

    public CargoItem Build() => new()
    {
        SequenceNumber = Sequence,
        Description = Description,
        Packages = Packages.ToArray(),
        GrossMass = GrossMass,
        DangerousGoods = DangerousGoods.ToArray(),
        EquipmentIds = EquipmentIds.ToArray(),
    };
}
