#include "core/demo/DemoNames.h"

#include "core/demo/DemoRandom.h"

namespace palisade {
namespace {

QStringList words(const char* text)
{
    return QString::fromLatin1(text).split(QLatin1Char('|'));
}

} // namespace

const QStringList& DemoNames::firstNames()
{
    static const QStringList names = words(
        "Aaliyah|Adrian|Aisha|Alejandro|Alicia|Amara|Andre|Angela|Anita|Ben|Bianca|Brandon|Brenda|"
        "Caleb|Camila|Carla|Carlos|Carmen|Cheryl|Chloe|Christopher|Claire|Darius|Dana|Daniel|"
        "Deborah|Derek|Diana|Dmitri|Elena|Elijah|Emily|Eric|Esther|Fatima|Felix|Fiona|Gabriel|"
        "Gloria|Grace|Hannah|Hector|Imani|Irene|Isaac|Ivy|Jamal|Janet|Jasmine|Javier|Jenna|"
        "Jerome|Joanna|Jordan|Jose|Joyce|Julian|Karen|Keisha|Kenji|Kevin|Kimberly|Lamar|Latoya|"
        "Laura|Leah|Leon|Lily|Linda|Lucia|Luis|Malik|Marcus|Maria|Marisol|Martin|Maya|Megan|"
        "Miguel|Monica|Nadia|Naomi|Nathan|Nicole|Noah|Olivia|Omar|Pamela|Patrick|Paula|Priya|"
        "Rachel|Rafael|Raj|Renee|Ricardo|Rita|Robert|Rosa|Ruth|Samuel|Sandra|Sara|Sean|Sofia|"
        "Stephen|Tamara|Teresa|Thomas|Tiffany|Tyrone|Valerie|Vanessa|Victor|Wei|Wendy|Xavier|"
        "Yolanda|Yusuf|Zoe");
    return names;
}

const QStringList& DemoNames::lastNames()
{
    static const QStringList names = words(
        "Abbott|Adeyemi|Alvarez|Anderson|Baker|Banerjee|Barnes|Bell|Bennett|Brooks|Bryant|"
        "Caldwell|Campbell|Carter|Castillo|Chen|Clark|Coleman|Collins|Cruz|Daniels|Davis|Delgado|"
        "Diaz|Dixon|Edwards|Ellis|Evans|Ferguson|Fernandez|Fischer|Flores|Foster|Garcia|Gomez|"
        "Gonzalez|Graham|Grant|Green|Gupta|Hall|Hamilton|Harris|Hayes|Henderson|Hernandez|Hill|"
        "Holmes|Howard|Hughes|Ibrahim|Jackson|James|Jenkins|Johnson|Jones|Kang|Kelly|Kennedy|Khan|"
        "Kim|King|Kowalski|Lambert|Lee|Lewis|Lopez|Martin|Martinez|Mason|Mendoza|Meyer|Mitchell|"
        "Moore|Morales|Morgan|Murphy|Nguyen|Novak|Okafor|Oliver|Ortega|Ortiz|Owens|Palmer|Parker|"
        "Patel|Perez|Perry|Phillips|Powell|Price|Quinn|Ramirez|Reed|Reyes|Richardson|Rivera|"
        "Roberts|Robinson|Rodriguez|Rogers|Ross|Russell|Sanchez|Sanders|Santos|Schmidt|Scott|"
        "Shah|Simmons|Singh|Soto|Stewart|Sullivan|Tanaka|Taylor|Thomas|Thompson|Torres|Tran|"
        "Turner|Vargas|Vasquez|Walker|Wallace|Ward|Washington|Watson|White|Whitfield|Williams|"
        "Wilson|Wong|Wright|Young|Zhang");
    return names;
}

const std::vector<DemoDepartment>& DemoNames::departments()
{
    static const std::vector<DemoDepartment> list{
        {QStringLiteral("Inpatient Coding"), {QStringLiteral("coder")}, 45, 14},
        {QStringLiteral("Outpatient Coding"), {QStringLiteral("coder")}, 55, 16},
        {QStringLiteral("Professional Fee Coding"), {QStringLiteral("coder")}, 50, 12},
        {QStringLiteral("Coding Quality and Education"), {QStringLiteral("coder")}, 20, 4},
        {QStringLiteral("Clinical Documentation Improvement"), {QStringLiteral("coder")}, 30, 4},
        {QStringLiteral("Billing and Claims"), {QStringLiteral("billing")}, 10, 12},
        {QStringLiteral("Accounts Receivable Follow-up"), {QStringLiteral("billing")}, 10, 9},
        {QStringLiteral("Denials Management"), {QStringLiteral("billing")}, 10, 6},
        {QStringLiteral("Payment Posting"), {QStringLiteral("billing")}, 0, 5},
        {QStringLiteral("Release of Information"), {}, 0, 3},
        {QStringLiteral("Client Services"), {}, 0, 5},
        {QStringLiteral("Information Technology"), {QStringLiteral("system_administrator")}, 0, 4},
        {QStringLiteral("Compliance and Privacy"), {}, 0, 2},
        {QStringLiteral("Human Resources"), {}, 0, 2},
        {QStringLiteral("Finance"), {}, 0, 2},
    };
    return list;
}

const std::vector<DemoVendorService>& DemoNames::subcontractorServices()
{
    static const std::vector<DemoVendorService> list{
        {QStringLiteral("Claims Exchange"),
         QStringLiteral("Claims clearinghouse: claim scrubbing, submission and remittance files"),
         QStringLiteral("claims, diagnosis and procedure codes, member IDs"), true},
        {QStringLiteral("Cloud Hosting"),
         QStringLiteral("Hosting of the coding platform and the SFTP server"),
         QStringLiteral("encounter extracts, claims, diagnosis codes"), true},
        {QStringLiteral("Document Destruction"),
         QStringLiteral("Locked shred bins and certified on-site shredding"),
         QStringLiteral("paper remittances, printed charts, faxes"), true},
        {QStringLiteral("IT Services"),
         QStringLiteral("Managed IT: help desk, patching, endpoint protection and monitoring"),
         QStringLiteral("incidental access to all systems holding ePHI"), true},
        {QStringLiteral("Mail Security"),
         QStringLiteral("Hosted e-mail, encryption gateway and archiving"),
         QStringLiteral("e-mail with coding queries, denials and appeal letters"), true},
        {QStringLiteral("Backup Services"),
         QStringLiteral("Encrypted off-site backup and disaster recovery"),
         QStringLiteral("full copies of coding and billing data"), true},
        {QStringLiteral("Coding Partners"),
         QStringLiteral("Overflow coding staff working in our platform"),
         QStringLiteral("medical records, diagnosis and procedure codes"), true},
        {QStringLiteral("Imaging Solutions"),
         QStringLiteral("Scanning and indexing of paper charts and correspondence"),
         QStringLiteral("scanned charts, explanations of benefits"), true},
        {QStringLiteral("Print and Mail"),
         QStringLiteral("Printing and mailing of patient statements and breach letters"),
         QStringLiteral("names, addresses, balances"), true},
        {QStringLiteral("Answering Service"), QStringLiteral("After-hours patient billing line"),
         QStringLiteral("names, account numbers, balances"), true},
        {QStringLiteral("Payment Processing"),
         QStringLiteral("Card and ACH processing for patient payments"),
         QStringLiteral("names, account numbers, payment amounts"), true},
        {QStringLiteral("Interface Engine"),
         QStringLiteral("HL7 and flat-file interfaces from client EHRs"),
         QStringLiteral("ADT and charge messages, encounter data"), true},
    };
    return list;
}

const std::vector<DemoVendorService>& DemoNames::otherVendorServices()
{
    static const std::vector<DemoVendorService> list{
        {QStringLiteral("Office Supply"), QStringLiteral("Office supplies and furniture"),
         QString(), false},
        {QStringLiteral("Payroll"), QStringLiteral("Payroll and benefits administration"),
         QString(), false},
        {QStringLiteral("Facilities"), QStringLiteral("Cleaning and building maintenance"),
         QString(), false},
        {QStringLiteral("Learning"), QStringLiteral("Learning management system for training"),
         QStringLiteral("workforce names only"), false},
        {QStringLiteral("Telecom"), QStringLiteral("Phones and internet circuits"), QString(),
         false},
    };
    return list;
}

QString DemoNames::personName(DemoRandom& random)
{
    return random.pick(firstNames()) + QLatin1Char(' ') + random.pick(lastNames());
}

QString DemoNames::mailbox(const QString& name)
{
    QString box = name.toLower();
    box.replace(QLatin1Char(' '), QLatin1Char('.'));
    box.remove(QLatin1Char('\''));
    return box;
}

QString DemoNames::coveredEntityName(DemoRandom& random)
{
    static const QStringList places = words(
        "Lakeside|Cypress Ridge|Bayview|Oak Hollow|Riverside|Pine Valley|Harbor Point|Magnolia|"
        "Sunrise|Cedar Creek|Palmetto|Seminole|Heron Bay|Gulfside|Willow Springs|Coral Gables|"
        "Fox Run|Maple Grove|Stonebridge|Silver Lake|Brookhaven|Clearwater|Tidewater|Northgate|"
        "Westfield|Eastlake|Southport|Highland|Fairview|Greenbrier|Hillcrest|Kingsley|Marsh Creek|"
        "Orange Grove|Sawgrass|Live Oak|Indian River|Sandpiper|Egret Point|Osprey|Citrus Park|"
        "Manatee|Pelican Bay|Mangrove|Crystal Springs|Blue Heron|Twin Lakes|Suncoast|Emerald Coast|"
        "Peachtree|Ridgewood|Windermere|Belleview|Dunedin|Ocala|Sebring|Venice|Naples|Tallahassee|"
        "Gainesville|Lakeland|Kissimmee|Sarasota|Bradenton|Pensacola|Daytona|Melbourne|Jupiter");
    static const QStringList practices = words(
        "Family Clinic|Family Medicine|Pediatrics|Orthopedics|Cardiology Associates|"
        "Dermatology|Women's Health|Urgent Care|Internal Medicine|Gastroenterology|"
        "Surgical Associates|Oncology Center|Eye Institute|Behavioral Health|Physical Therapy|"
        "Sleep Center|Imaging Center|Endocrinology|Pulmonary Associates|Ambulatory Surgery Center|"
        "Urology|Neurology Group|ENT Specialists|Primary Care|Rheumatology");
    static const QStringList hospitals =
        words("Regional Hospital|Medical Center|Community Hospital|Memorial Hospital|"
              "Health System|Children's Hospital|Rehabilitation Hospital");
    if (random.percent(12)) {
        const QString saint = random.percent(35) ? QStringLiteral("St. ") +
                                                       random.pick(firstNames()) + QLatin1Char(' ')
                                                 : QString();
        return saint + random.pick(places) + QLatin1Char(' ') + random.pick(hospitals);
    }
    return random.pick(places) + QLatin1Char(' ') + random.pick(practices);
}

QString DemoNames::coveredEntityServices(DemoRandom& random)
{
    static const QStringList services = words(
        "Professional fee coding and claims submission|Outpatient coding and charge review|"
        "Inpatient coding and DRG validation|Coding, billing and accounts receivable follow-up|"
        "Denials management and appeals|Coding audits and education|"
        "Full revenue cycle: coding, billing, payment posting");
    return random.pick(services);
}

QString DemoNames::vendorName(DemoRandom& random, const DemoVendorService& service)
{
    static const QStringList brands = words(
        "Northwind|Bluestone|Keystone|Summit|Crescent|Evergreen|Ironclad|Brightline|Cobalt|"
        "Harborview|Meridian|Pinnacle|Redwood|Sentinel|Tristar|Vantage|Westbrook|Apex|Beacon|"
        "Clearpath|Coastal|Granite|Horizon|Lighthouse|Liberty|Paragon|Quantum|Sterling|Trident|"
        "Atlas|Bayside|Cardinal|Compass|Frontier|Lodestar|Mariner|Osprey|Palisade Point|Skyline|"
        "Stonegate|Sunbelt|Tarpon|Unity|Vector|Waypoint|Zenith|Anchor|Bridgeport|Canopy|Delta");
    return random.pick(brands) + QLatin1Char(' ') + service.noun;
}

} // namespace palisade
