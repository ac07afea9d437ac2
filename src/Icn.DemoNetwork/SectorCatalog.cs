namespace Icn.DemoNetwork;

/// <summary>
/// A top-level cleantech sector and the words company names in it tend to use
/// ("Thermal", "Grid Solutions").
/// </summary>
internal sealed record TopSectorSpec(string Name, IReadOnlyList<string> CompanyWords, IReadOnlyList<SubSectorSpec> Children);

/// <summary>
/// A sub-sector with the things the network trades in it: products (what is bought, sold,
/// tendered, invested in) and topics (what is researched, discussed and written about).
/// All are lower-case phrases that fit mid-sentence.
/// </summary>
internal sealed record SubSectorSpec(string Name, IReadOnlyList<string> Products, IReadOnlyList<string> Topics);

/// <summary>The cleantech taxonomy of the demo network: ten sectors with three sub-sectors each.</summary>
internal static class SectorCatalog
{
    public static IReadOnlyList<TopSectorSpec> Sectors { get; } =
    [
        new("Energy efficiency", ["Energy Systems", "Thermal", "Efficiency"],
        [
            new("Industrial energy efficiency", ["waste-heat recovery units for food processing plants", "variable-speed drives for industrial pumps", "ultrasonic compressed-air leak detectors"],
                ["waste-heat recovery in process industry", "energy audits for small manufacturers"]),
            new("Heating and cooling", ["modular heat-pump controllers", "low-temperature district heating substations", "large heat pumps for district heating"],
                ["low-temperature district heating", "heat pumps in multi-family buildings"]),
            new("Efficient lighting", ["LED retrofit kits for warehouses", "daylight-adaptive street lighting"],
                ["adaptive street lighting", "lighting retrofits in public buildings"]),
        ]),
        new("Renewable energy", ["Renewables", "Solar", "Wind Power"],
        [
            new("Solar power", ["floating solar mounting systems", "agrivoltaic racking for orchards", "building-integrated photovoltaic facade panels"],
                ["agrivoltaics", "recycling of end-of-life solar panels"]),
            new("Wind power", ["blade inspection drones for offshore wind farms", "recyclable wind turbine blade materials", "foundations for floating offshore wind"],
                ["floating offshore wind", "recycling of wind turbine blades"]),
            new("Bioenergy", ["biogas upgrading units for farms", "biomethane injection stations"],
                ["biogas from agricultural residues", "biomethane in the gas grid"]),
        ]),
        new("Water", ["Water", "Aqua Solutions", "Water Technologies"],
        [
            new("Water treatment", ["membrane filtration modules for drinking water", "PFAS removal units", "UV disinfection systems for small utilities"],
                ["PFAS removal", "micropollutant removal at wastewater plants"]),
            new("Smart water networks", ["acoustic leak detection sensors", "smart water meters with remote reading"],
                ["reducing non-revenue water", "digital twins of water networks"]),
            new("Water reuse", ["decentralised greywater recycling systems", "water reuse plants for industrial parks"],
                ["water reuse in agriculture", "stormwater harvesting in cities"]),
        ]),
        new("Circular economy and waste", ["Recycling", "Circular", "Materials"],
        [
            new("Recycling", ["textile sorting lines", "near-infrared sorters for mixed plastics", "pre-treatment equipment for battery recycling"],
                ["chemical recycling of plastics", "lithium-ion battery recycling"]),
            new("Industrial symbiosis", ["digital marketplaces for industrial by-products", "heat-exchange networks between neighbouring plants"],
                ["industrial symbiosis in port areas", "tracking material flows between companies"]),
            new("Bio-based materials", ["bio-based packaging films", "lignin-based binders"],
                ["bio-based alternatives to fossil plastics", "fibres from forestry residues"]),
        ]),
        new("Clean mobility", ["Mobility", "E-Drive", "Charging"],
        [
            new("Electric vehicles and charging", ["fast chargers for electric buses", "bidirectional chargers for fleets", "charging hubs for electric trucks"],
                ["vehicle-to-grid services", "charging of heavy-duty trucks"]),
            new("Maritime and aviation", ["shore power systems for ferries", "electric propulsion for harbour vessels", "sustainable aviation fuel blending units"],
                ["green shipping corridors", "zero-emission harbour operations"]),
            new("Shared and active mobility", ["battery swap stations for cargo bikes", "mobility-as-a-service platforms"],
                ["urban logistics with cargo bikes", "shared mobility in suburbs"]),
        ]),
        new("Smart grids and storage", ["Grid Solutions", "Storage", "Power Systems"],
        [
            new("Energy storage", ["second-life battery storage containers", "thermal storage for industrial heat", "sodium-ion battery packs"],
                ["second-life batteries", "seasonal thermal storage"]),
            new("Grid digitalisation", ["grid-edge monitoring sensors", "substation automation software"],
                ["digital twins of distribution grids", "cyber security for grid operators"]),
            new("Flexibility and demand response", ["demand-response platforms for commercial buildings", "aggregation software for home batteries"],
                ["local flexibility markets", "demand response in industry"]),
        ]),
        new("Green building", ["Building Systems", "Construction", "Habitat"],
        [
            new("Sustainable construction materials", ["timber-hybrid facade elements", "low-carbon concrete", "bio-based insulation panels"],
                ["low-carbon concrete", "timber construction for mid-rise buildings"]),
            new("Deep renovation", ["prefabricated facade renovation modules", "heat-recovery ventilation units for renovation"],
                ["serial renovation of social housing", "renovation passports for homeowners"]),
            new("Building automation", ["building energy management systems", "occupancy-based ventilation controls"],
                ["smart readiness of buildings", "indoor climate and energy use"]),
        ]),
        new("Hydrogen", ["Hydrogen", "H2 Systems", "Electrolysis"],
        [
            new("Electrolysis", ["PEM electrolyser stacks", "alkaline electrolysers for industrial sites", "balance-of-plant components for electrolysers"],
                ["green hydrogen production at scale", "electrolyser durability"]),
            new("Hydrogen mobility", ["hydrogen refuelling compressors", "fuel-cell range extenders for trucks"],
                ["hydrogen in heavy transport", "refuelling networks for hydrogen buses"]),
            new("Hydrogen infrastructure", ["hydrogen-ready pipeline valves", "hydrogen storage tanks"],
                ["repurposing gas pipelines for hydrogen", "hydrogen valleys"]),
        ]),
        new("Carbon capture", ["Carbon Solutions", "Capture", "CO2 Technologies"],
        [
            new("Point-source capture", ["capture units for cement kilns", "amine-free capture sorbents"],
                ["carbon capture at cement plants", "capture at waste-to-energy plants"]),
            new("Carbon utilisation", ["CO2 mineralisation lines for concrete products", "e-methanol synthesis units"],
                ["CO2 as a feedstock for fuels", "mineralisation of CO2 in building materials"]),
            new("Carbon removal", ["biochar production units", "direct air capture modules"],
                ["biochar for soil carbon", "monitoring and verification of carbon removals"]),
        ]),
        new("Sustainable agriculture and food", ["Agritech", "Food Systems", "Farming"],
        [
            new("Precision farming", ["precision irrigation controllers", "soil-moisture sensor networks", "autonomous weeding robots"],
                ["precision irrigation", "reducing fertiliser use with sensors"]),
            new("Alternative proteins", ["insect protein processing lines", "precision fermentation ingredients"],
                ["insect protein for animal feed", "scaling up precision fermentation"]),
            new("Food waste reduction", ["cold-chain monitoring for fresh produce", "upcycling lines for brewers' spent grain"],
                ["upcycling food by-products", "cutting food waste in retail"]),
        ]),
    ];
}
