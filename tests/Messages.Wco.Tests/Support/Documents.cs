using UniPass.Gateway.Messages.Wco.Model;

namespace UniPass.Gateway.Messages.Wco.Tests.Support;

/// <summary>Small canonical documents built from the standards' examples, for tests.</summary>
internal static class Documents
{
    public static Declaration ImportDeclaration() => new()
    {
        FunctionCode = "9",
        TypeCode = "IMA",
        Lrn = CodeValue.Parse<Lrn>("LRN-2026-0001"),
        IssueDateTime = new DateTimeOffset(2026, 11, 20, 10, 0, 0, TimeSpan.Zero),
        GoodsItemQuantity = 2,
        TotalPackageQuantity = 15,
        InvoiceAmount = new Amount(2500m, CodeValue.Parse<CurrencyCode>("EUR")),
        Parties =
        [
            new Party { Role = PartyRole.Declarant, Id = "GB123456789000" },
            new Party
            {
                Role = PartyRole.Exporter,
                Name = "Fazenda Boa Vista Ltda",
                Address = new Address { Line = "Rua das Flores 10", CityName = "Santos", PostcodeId = "11010-000", Country = CodeValue.Parse<CountryCode>("BR") },
            },
            new Party { Role = PartyRole.Importer, Id = "GB123456789000" },
        ],
        BorderTransportMeans = new TransportMeans { ModeCode = "1", Nationality = CodeValue.Parse<CountryCode>("PA") },
        DestinationCountry = CodeValue.Parse<CountryCode>("GB"),
        TransportEquipment = [new TransportEquipment { SequenceNumber = 1, Id = "MSKU1234565", Seals = ["SEAL001"] }],
        GoodsItems =
        [
            new GoodsItem
            {
                SequenceNumber = 1,
                Description = "Green coffee beans, not roasted",
                CommodityCode = CodeValue.Parse<HsCode>("0901110000"),
                OriginCountry = CodeValue.Parse<CountryCode>("BR"),
                GrossMass = new Quantity(1020m, "KGM"),
                NetMass = new Quantity(1000m, "KGM"),
                Procedures = [new GovernmentProcedure { CurrentCode = "40", PreviousCode = "00" }],
                Packages = [new Packaging { SequenceNumber = 1, Quantity = 10, TypeCode = "BG", MarksNumbers = "FBV 1-10" }],
                AdditionalDocuments = [new DocumentReference { CategoryCode = "N", TypeCode = "851", Id = "PHYTO-BR-77" }],
            },
            new GoodsItem
            {
                SequenceNumber = 2,
                Description = "Frozen beef cuts, boneless",
                CommodityCode = CodeValue.Parse<HsCode>("0202300000"),
                OriginCountry = CodeValue.Parse<CountryCode>("BR"),
                GrossMass = new Quantity(520m, "KGM"),
                NetMass = new Quantity(500m, "KGM"),
                Procedures = [new GovernmentProcedure { CurrentCode = "40", PreviousCode = "00" }],
                Packages = [new Packaging { SequenceNumber = 1, Quantity = 5, TypeCode = "CT" }],
                AdditionalDocuments = [new DocumentReference { CategoryCode = "C", TypeCode = "640", Id = "CVED-2026-1" }],
            },
        ],
    };
}
