#!/usr/bin/env bash
# Regenerates schemas/edifact/d*.txt from the UNECE directory zips in ../shared/edifact-directories
# (or $UNIPASS_SHARED/edifact-directories): the customs messages of the directories partners use,
# plus the messages of the conformance samples. The service directories (un-d-3.txt, un-4-1.txt)
# are written from ISO 9735 by hand and are not touched.
set -euo pipefail
cd "$(dirname "$0")/.."
shared="${UNIPASS_SHARED:-../shared}"
zips="$shared/edifact-directories"
customs="CUSCAR,CUSDEC,CUSRES,CUSREP,CUSEXP,PAXLST,APERAK,BAPLIE,IFTMCS,IFTMIN"
declare -A extra=(
    [d96a]=",ORDERS"      # pydifact order.edi
    [d96b]=",ORDERS"      # staedi orders-with-group.edi
    [d99b]=",IFTSAI"      # Port of Rotterdam sailing schedules
    [d01b]=",IFCSUM"      # EDI.Net IFCSUM
)
dotnet build src/Gateway.Host -c Release -nologo -clp:ErrorsOnly >/dev/null
host=(dotnet src/Gateway.Host/bin/Release/net10.0/UniPass.Gateway.Host.dll)
for d in d95b d96a d96b d99b d01b d02b d03b d05b; do
    "${host[@]}" schemas import "$zips/$d.zip" --messages "$customs${extra[$d]:-}" --output schemas/edifact
done
# INVOIC samples (StAEDI, pydifact) name D97A and D97B.
for d in d97a d97b; do
    "${host[@]}" schemas import "$zips/$d.zip" --messages INVOIC --output schemas/edifact
done
