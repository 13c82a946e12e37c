namespace UniPass.Gateway.Messages.Edifact.Mapping.Internal;

/// <summary>
/// The data elements the mappings read, by their UNTDED tags (composite and simple data elements as the
/// directories define them). Shared by the segment maps; each map lists the ones it reads.
/// </summary>
internal static class Elements
{
    // BGM: C002 document/message name (1001 code, 1000 name), 1004 document identifier (C106 from D.96B on), 1225 message function, 4343 response type.
    public static readonly ElementRef DocumentNameCode = ElementRef.In("C002", "1001");
    public static readonly ElementRef DocumentName = ElementRef.In("C002", "1000");
    public static readonly ElementRef DocumentIdentifier = ElementRef.Of("1004");
    public static readonly ElementRef MessageFunction = ElementRef.Of("1225");
    public static readonly ElementRef ResponseType = ElementRef.Of("4343");

    // NAD: 3035 party function qualifier, C082 party identification, C058 name and address lines, C080 party name (3036 x5),
    // C059 street (3042 x3-4), 3164 city, 3229 country subdivision (C819 from D.02B on), 3251 postcode, 3207 country.
    public static readonly ElementRef PartyQualifier = ElementRef.Of("3035");
    public static readonly ElementRef PartyId = ElementRef.In("C082", "3039");
    public static readonly ElementRef NameAndAddress1 = ElementRef.In("C058", "3124", 1);
    public static readonly ElementRef NameAndAddress2 = ElementRef.In("C058", "3124", 2);
    public static readonly ElementRef NameAndAddress3 = ElementRef.In("C058", "3124", 3);
    public static readonly ElementRef NameAndAddress4 = ElementRef.In("C058", "3124", 4);
    public static readonly ElementRef NameAndAddress5 = ElementRef.In("C058", "3124", 5);
    public static readonly ElementRef PartyName1 = ElementRef.In("C080", "3036", 1);
    public static readonly ElementRef PartyName2 = ElementRef.In("C080", "3036", 2);
    public static readonly ElementRef PartyName3 = ElementRef.In("C080", "3036", 3);
    public static readonly ElementRef PartyName4 = ElementRef.In("C080", "3036", 4);
    public static readonly ElementRef PartyName5 = ElementRef.In("C080", "3036", 5);
    public static readonly ElementRef Street1 = ElementRef.In("C059", "3042", 1);
    public static readonly ElementRef Street2 = ElementRef.In("C059", "3042", 2);
    public static readonly ElementRef City = ElementRef.Of("3164");
    public static readonly ElementRef Postcode = ElementRef.Of("3251");
    public static readonly ElementRef Country = ElementRef.Of("3207");

    // COM C076: 3148 communication number, 3155 channel qualifier.
    public static readonly ElementRef CommunicationNumber = ElementRef.In("C076", "3148");

    // TDT: 8051 transport stage qualifier, 8028 conveyance reference number, C220 8067 mode, C228/C001 8179 means type,
    // C040 3127 carrier identification, C222 8213 means identification, 8212 means name, 8453 nationality.
    public static readonly ElementRef TransportStage = ElementRef.Of("8051");
    public static readonly ElementRef ConveyanceReference = ElementRef.Of("8028");
    public static readonly ElementRef TransportMode = ElementRef.In("C220", "8067");
    public static readonly ElementRef TransportMeansType = ElementRef.Of("8179");
    public static readonly ElementRef CarrierId = ElementRef.In("C040", "3127");
    public static readonly ElementRef CarrierName = ElementRef.In("C040", "3128");
    public static readonly ElementRef MeansId = ElementRef.In("C222", "8213");
    public static readonly ElementRef MeansIdCodeList = ElementRef.In("C222", "1131");
    public static readonly ElementRef MeansName = ElementRef.In("C222", "8212");
    public static readonly ElementRef MeansNationality = ElementRef.In("C222", "8453");

    // LOC: 3227 location function qualifier, C517 3225 location identification.
    public static readonly ElementRef LocationQualifier = ElementRef.Of("3227");
    public static readonly ElementRef LocationId = ElementRef.In("C517", "3225");
    public static readonly ElementRef LocationName = ElementRef.In("C517", "3224");

    // DTM C507: 2005 qualifier, 2380 value, 2379 format.
    public static readonly ElementRef DateQualifier = ElementRef.In("C507", "2005");
    public static readonly ElementRef DateValue = ElementRef.In("C507", "2380");
    public static readonly ElementRef DateFormat = ElementRef.In("C507", "2379");

    // RFF C506: 1153 reference qualifier, 1154 reference identifier.
    public static readonly ElementRef ReferenceQualifier = ElementRef.In("C506", "1153");
    public static readonly ElementRef ReferenceId = ElementRef.In("C506", "1154");

    // DOC: C002 1001 document name code, C503 1004 document identifier.
    public static readonly ElementRef DocumentNumber = ElementRef.In("C503", "1004");

    // CNT C270: 6069 control total qualifier, 6066 value.
    public static readonly ElementRef ControlQualifier = ElementRef.In("C270", "6069");
    public static readonly ElementRef ControlValue = ElementRef.In("C270", "6066");

    // ATT: 9017 attribute function qualifier, C956 9019 attribute code (PAXLST: gender).
    public static readonly ElementRef AttributeQualifier = ElementRef.Of("9017");
    public static readonly ElementRef AttributeCode = ElementRef.In("C956", "9019");

    // NAT: 3493 nationality qualifier, C042 3293 nationality code.
    public static readonly ElementRef NationalityQualifier = ElementRef.Of("3493");
    public static readonly ElementRef NationalityCode = ElementRef.In("C042", "3293");

    // FTX: 4451 subject qualifier, C107 4441 coded text, C108 4440 free text (x5).
    public static readonly ElementRef TextSubject = ElementRef.Of("4451");
    public static readonly ElementRef TextCode = ElementRef.In("C107", "4441");
    public static readonly ElementRef Text1 = ElementRef.In("C108", "4440", 1);
    public static readonly ElementRef Text2 = ElementRef.In("C108", "4440", 2);
    public static readonly ElementRef Text3 = ElementRef.In("C108", "4440", 3);
    public static readonly ElementRef Text4 = ElementRef.In("C108", "4440", 4);
    public static readonly ElementRef Text5 = ElementRef.In("C108", "4440", 5);

    /// <summary>The five C108 4440 lines, in order.</summary>
    public static readonly ElementRef[] TextLines = [Text1, Text2, Text3, Text4, Text5];

    // MEA: 6311 purpose qualifier, C502 6313 measured dimension, C174 6411 unit and 6314 value.
    public static readonly ElementRef MeasurePurpose = ElementRef.Of("6311");
    public static readonly ElementRef MeasuredAttribute = ElementRef.In("C502", "6313");
    public static readonly ElementRef MeasureUnit = ElementRef.In("C174", "6411");
    public static readonly ElementRef MeasureValue = ElementRef.In("C174", "6314");

    // EQD: 8053 equipment qualifier, C237 8260 equipment identification, C224 8155 size and type.
    public static readonly ElementRef EquipmentQualifier = ElementRef.Of("8053");
    public static readonly ElementRef EquipmentId = ElementRef.In("C237", "8260");
    public static readonly ElementRef EquipmentSizeType = ElementRef.In("C224", "8155");

    // SEL: 9308 seal number (transport unit seal identifier).
    public static readonly ElementRef SealNumber = ElementRef.Of("9308");

    // CNI: 1490 consolidation item number, C503 1004 transport document number.
    public static readonly ElementRef ConsolidationItem = ElementRef.Of("1490");

    // GID: 1496 goods item number, C213 7224 number of packages, 7065 package type.
    public static readonly ElementRef GoodsItemNumber = ElementRef.Of("1496");
    public static readonly ElementRef PackageCount = ElementRef.In("C213", "7224");
    public static readonly ElementRef PackageType = ElementRef.In("C213", "7065");

    // SGP: C237 8260 the equipment the goods are in.
    // DGS: 8273 regulations, C205 8351 hazard class, C234 7124 UN number.
    public static readonly ElementRef HazardClass = ElementRef.In("C205", "8351");
    public static readonly ElementRef UnNumber = ElementRef.In("C234", "7124");

    // MOA C516: 5025 amount qualifier, 5004 amount, 6345 currency.
    public static readonly ElementRef AmountQualifier = ElementRef.In("C516", "5025");
    public static readonly ElementRef AmountValue = ElementRef.In("C516", "5004");
    public static readonly ElementRef AmountCurrency = ElementRef.In("C516", "6345");

    // CST: 1496 goods item number, C246 customs identity codes (7361, x5: the first the commodity code; a further
    // one whose 1131 is 117, UNCL 1131 "Customs procedure", the procedure code).
    public static readonly ElementRef CommodityCode = ElementRef.In("C246", "7361", 1, 1);
    public static readonly ElementRef CommodityCodeList = ElementRef.In("C246", "1131", 1, 1);
    public static readonly ElementRef[] FurtherCodes = [.. Enumerable.Range(2, 4).Select(n => ElementRef.In("C246", "7361", 1, n))];
    public static readonly ElementRef[] FurtherCodeLists = [.. Enumerable.Range(2, 4).Select(n => ElementRef.In("C246", "1131", 1, n))];

    // PAC: 7224 number of packages, C202 7065 package type; PCI C210 7102 shipping marks.
    public static readonly ElementRef PackagesNumber = ElementRef.Of("7224");
    public static readonly ElementRef PackagingType = ElementRef.In("C202", "7065");
    public static readonly ElementRef ShippingMarks = ElementRef.In("C210", "7102");

    // TOD C100 4053: delivery terms (Incoterms).
    public static readonly ElementRef DeliveryTerms = ElementRef.In("C100", "4053");

    // TAX: 5283 duty/tax/fee function qualifier, C241 5153 duty/tax/fee type.
    public static readonly ElementRef TaxQualifier = ElementRef.Of("5283");
    public static readonly ElementRef TaxType = ElementRef.In("C241", "5153");
}
