using System.Collections.Frozen;
using UniPass.Gateway.Messages.Wco.Model;

namespace UniPass.Gateway.Messages.Edifact.Mapping.Internal;

/// <summary>
/// ISO 3166-1 alpha-3 country codes and their alpha-2 equivalents, which the canonical model uses.
/// PAXLST follows ICAO Doc 9303 and the WCO/IATA/ICAO API Guidelines, which write nationalities,
/// issuing states and countries of residence in alpha-3 (NAT C042 3293, LOC+91/174 C517 3225).
/// </summary>
internal static class CountryCodes
{
    // ISO 3166-1 as Debian's iso-codes 4.15 publishes it: alpha-3 followed by alpha-2, ordered by alpha-3.
    private const string Table =
        "ABWAW AFGAF AGOAO AIAAI ALAAX ALBAL ANDAD AREAE ARGAR ARMAM ASMAS ATAAQ ATFTF ATGAG AUSAU AUTAT " +
        "AZEAZ BDIBI BELBE BENBJ BESBQ BFABF BGDBD BGRBG BHRBH BHSBS BIHBA BLMBL BLRBY BLZBZ BMUBM BOLBO " +
        "BRABR BRBBB BRNBN BTNBT BVTBV BWABW CAFCF CANCA CCKCC CHECH CHLCL CHNCN CIVCI CMRCM CODCD COGCG " +
        "COKCK COLCO COMKM CPVCV CRICR CUBCU CUWCW CXRCX CYMKY CYPCY CZECZ DEUDE DJIDJ DMADM DNKDK DOMDO " +
        "DZADZ ECUEC EGYEG ERIER ESHEH ESPES ESTEE ETHET FINFI FJIFJ FLKFK FRAFR FROFO FSMFM GABGA GBRGB " +
        "GEOGE GGYGG GHAGH GIBGI GINGN GLPGP GMBGM GNBGW GNQGQ GRCGR GRDGD GRLGL GTMGT GUFGF GUMGU GUYGY " +
        "HKGHK HMDHM HNDHN HRVHR HTIHT HUNHU IDNID IMNIM INDIN IOTIO IRLIE IRNIR IRQIQ ISLIS ISRIL ITAIT " +
        "JAMJM JEYJE JORJO JPNJP KAZKZ KENKE KGZKG KHMKH KIRKI KNAKN KORKR KWTKW LAOLA LBNLB LBRLR LBYLY " +
        "LCALC LIELI LKALK LSOLS LTULT LUXLU LVALV MACMO MAFMF MARMA MCOMC MDAMD MDGMG MDVMV MEXMX MHLMH " +
        "MKDMK MLIML MLTMT MMRMM MNEME MNGMN MNPMP MOZMZ MRTMR MSRMS MTQMQ MUSMU MWIMW MYSMY MYTYT NAMNA " +
        "NCLNC NERNE NFKNF NGANG NICNI NIUNU NLDNL NORNO NPLNP NRUNR NZLNZ OMNOM PAKPK PANPA PCNPN PERPE " +
        "PHLPH PLWPW PNGPG POLPL PRIPR PRKKP PRTPT PRYPY PSEPS PYFPF QATQA REURE ROURO RUSRU RWARW SAUSA " +
        "SDNSD SENSN SGPSG SGSGS SHNSH SJMSJ SLBSB SLESL SLVSV SMRSM SOMSO SPMPM SRBRS SSDSS STPST SURSR " +
        "SVKSK SVNSI SWESE SWZSZ SXMSX SYCSC SYRSY TCATC TCDTD TGOTG THATH TJKTJ TKLTK TKMTM TLSTL TONTO " +
        "TTOTT TUNTN TURTR TUVTV TWNTW TZATZ UGAUG UKRUA UMIUM URYUY USAUS UZBUZ VATVA VCTVC VENVE VGBVG " +
        "VIRVI VNMVN VUTVU WLFWF WSMWS YEMYE ZAFZA ZMBZM ZWEZW";
    private static readonly FrozenDictionary<string, string> s_alpha2 = Build();
    private static readonly FrozenSet<string> s_knownAlpha2 = s_alpha2.Values.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// The alpha-2 code for an alpha-3 code (or an alpha-2 code given as such). ICAO Doc 9303 Part 3
    /// §5 adds <c>D</c> for Germany, the <c>GBD</c>/<c>GBN</c>/<c>GBO</c>/<c>GBP</c>/<c>GBS</c> British
    /// nationality classes and <c>RKS</c> for Kosovo (alpha-2 <c>XK</c> by common agreement); codes for
    /// organizations and stateless persons (<c>UNO</c>, <c>XXA</c>...) have no country and are refused.
    /// </summary>
    public static bool TryToAlpha2(string text, out CountryCode country)
    {
        country = default;
        string? alpha2 = text.Length switch
        {
            1 when text == "D" => "DE",
            2 => s_knownAlpha2.Contains(text) ? text : null,
            3 when text.StartsWith("GB", StringComparison.Ordinal) && text[2] is 'D' or 'N' or 'O' or 'P' or 'S' => "GB",
            3 when text == "RKS" => "XK",
            3 => s_alpha2.GetValueOrDefault(text),
            _ => null,
        };
        return alpha2 is not null && CountryCode.TryParse(alpha2, out country, out _);
    }

    private static FrozenDictionary<string, string> Build()
    {
        var entries = Table.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return entries.ToFrozenDictionary(e => e[..3], e => e[3..], StringComparer.Ordinal);
    }
}
