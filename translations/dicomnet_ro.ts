<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro">
<context>
    <name>ChangeMap</name>
    <message>
        <source>denser than before</source>
        <translation>mai dens decât înainte</translation>
    </message>
    <message>
        <source>clearer than before</source>
        <translation>mai clar decât înainte</translation>
    </message>
</context>
<context>
    <name>ConsultTemplate</name>
    <message>
        <source>Free text</source>
        <translation>Text liber</translation>
    </message>
    <message>
        <source>Chest X-ray in COVID-19 (Brixia score)</source>
        <translation>Radiografie toracică în COVID-19 (scorul Brixia)</translation>
    </message>
    <message>
        <source>Brixia zone A (right upper lung)</source>
        <translation>Zona Brixia A (câmpul pulmonar drept superior)</translation>
    </message>
    <message>
        <source>Brixia zone B (right middle lung)</source>
        <translation>Zona Brixia B (câmpul pulmonar drept mijlociu)</translation>
    </message>
    <message>
        <source>Brixia zone C (right lower lung)</source>
        <translation>Zona Brixia C (câmpul pulmonar drept inferior)</translation>
    </message>
    <message>
        <source>Brixia zone D (left upper lung)</source>
        <translation>Zona Brixia D (câmpul pulmonar stâng superior)</translation>
    </message>
    <message>
        <source>Brixia zone E (left middle lung)</source>
        <translation>Zona Brixia E (câmpul pulmonar stâng mijlociu)</translation>
    </message>
    <message>
        <source>Brixia zone F (left lower lung)</source>
        <translation>Zona Brixia F (câmpul pulmonar stâng inferior)</translation>
    </message>
    <message>
        <source>Brixia score</source>
        <translation>Scorul Brixia</translation>
    </message>
    <message>
        <source>Chest CT in COVID-19 (CO-RADS, CT severity score)</source>
        <translation>CT toracic în COVID-19 (CO-RADS, scorul de severitate CT)</translation>
    </message>
    <message>
        <source>CO-RADS category</source>
        <translation>Categoria CO-RADS</translation>
    </message>
    <message>
        <source>CT severity, right upper lobe</source>
        <translation>Severitate CT, lobul superior drept</translation>
    </message>
    <message>
        <source>CT severity, right middle lobe</source>
        <translation>Severitate CT, lobul mijlociu drept</translation>
    </message>
    <message>
        <source>CT severity, right lower lobe</source>
        <translation>Severitate CT, lobul inferior drept</translation>
    </message>
    <message>
        <source>CT severity, left upper lobe</source>
        <translation>Severitate CT, lobul superior stâng</translation>
    </message>
    <message>
        <source>CT severity, left lower lobe</source>
        <translation>Severitate CT, lobul inferior stâng</translation>
    </message>
    <message>
        <source>CT severity score</source>
        <translation>Scorul de severitate CT</translation>
    </message>
</context>
<context>
    <name>HangingProtocol</name>
    <message>
        <source>Chest X-ray: current and previous</source>
        <translation>Radiografie toracică: curentă și precedentă</translation>
    </message>
    <message>
        <source>Chest X-ray: current and two previous</source>
        <translation>Radiografie toracică: curentă și două precedente</translation>
    </message>
    <message>
        <source>X-ray: current and previous</source>
        <translation>Radiografie: curentă și precedentă</translation>
    </message>
    <message>
        <source>CT or MR: current and previous</source>
        <translation>CT sau RM: curent și precedent</translation>
    </message>
    <message>
        <source>CT or MR: current and previous, three planes each</source>
        <translation>CT sau RM: curent și precedent, câte trei planuri</translation>
    </message>
    <message>
        <source>Current and previous</source>
        <translation>Curent și precedent</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>cannot open: %1</source>
        <translation>nu se poate deschide: %1</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>nu se poate citi: %1</translation>
    </message>
    <message>
        <source>empty file</source>
        <translation>fișier gol</translation>
    </message>
    <message>
        <source>not a DICOM file</source>
        <translation>nu este un fișier DICOM</translation>
    </message>
    <message>
        <source>truncated or lying length: an element claims more data than the file holds</source>
        <translation>trunchiat sau lungime falsă: un element declară mai multe date decât conține fișierul</translation>
    </message>
    <message>
        <source>unreadable: %1</source>
        <translation>ilizibil: %1</translation>
    </message>
    <message>
        <source>cannot be re-encoded as a DICOM file</source>
        <translation>nu poate fi recodificat ca fișier DICOM</translation>
    </message>
    <message>
        <source>character set &quot;%1&quot; could not be decoded (%2); text kept as Latin-1</source>
        <translation>setul de caractere „%1” nu a putut fi decodificat (%2); textul a fost păstrat ca Latin-1</translation>
    </message>
    <message>
        <source>the data does not match its declared transfer syntax (%1)</source>
        <translation>datele nu corespund sintaxei de transfer declarate (%1)</translation>
    </message>
    <message>
        <source>no SOP Instance UID</source>
        <translation>lipsește SOP Instance UID</translation>
    </message>
    <message>
        <source>invalid SOP Instance UID &quot;%1&quot;</source>
        <translation>SOP Instance UID nevalid „%1”</translation>
    </message>
    <message>
        <source>no SOP Class UID</source>
        <translation>lipsește SOP Class UID</translation>
    </message>
    <message>
        <source>no Study Instance UID</source>
        <translation>lipsește Study Instance UID</translation>
    </message>
    <message>
        <source>no Series Instance UID</source>
        <translation>lipsește Series Instance UID</translation>
    </message>
    <message>
        <source>cannot read DICOMDIR %1: %2</source>
        <translation>nu se poate citi DICOMDIR %1: %2</translation>
    </message>
    <message>
        <source>cannot open the index: %1</source>
        <translation>nu se poate deschide indexul: %1</translation>
    </message>
    <message>
        <source>cannot check the index after an interrupted write: %1</source>
        <translation>nu se poate verifica indexul după o scriere întreruptă: %1</translation>
    </message>
    <message>
        <source>cannot read the index: %1</source>
        <translation>nu se poate citi indexul: %1</translation>
    </message>
    <message>
        <source>cannot record objects in the index: %1</source>
        <translation>obiectele nu pot fi înregistrate în index: %1</translation>
    </message>
    <message>
        <source>damaged zip archive (%1)</source>
        <translation>arhivă zip deteriorată (%1)</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>fișierul sau dosarul nu există</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>acces interzis</translation>
    </message>
    <message>
        <source>entry too large</source>
        <translation>intrare prea mare</translation>
    </message>
    <message>
        <source>damaged entry: %1</source>
        <translation>intrare deteriorată: %1</translation>
    </message>
    <message>
        <source>listed in %1 but missing</source>
        <translation>listat în %1, dar lipsește</translation>
    </message>
    <message>
        <source>the index was written by a newer dicomnet (schema version %1; this program knows up to %2); it has not been touched</source>
        <translation>indexul a fost scris de un dicomnet mai nou (versiunea schemei %1; acest program cunoaște până la %2); nu a fost atins</translation>
    </message>
    <message>
        <source>migration %1 is missing from the program</source>
        <translation>migrarea %1 lipsește din program</translation>
    </message>
    <message>
        <source>cannot upgrade the index: %1</source>
        <translation>indexul nu poate fi actualizat: %1</translation>
    </message>
    <message>
        <source>the disk is full: cannot write %1</source>
        <translation>discul este plin: nu se poate scrie %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>nu se poate scrie %1: %2</translation>
    </message>
    <message>
        <source>cannot create folder %1</source>
        <translation>nu se poate crea dosarul %1</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>nu se poate crea %1: %2</translation>
    </message>
    <message>
        <source>cannot lock %1</source>
        <translation>nu se poate bloca %1</translation>
    </message>
    <message>
        <source>check takes no arguments</source>
        <translation>check nu primește argumente</translation>
    </message>
    <message>
        <source>missing file: %1</source>
        <translation>fișier lipsă: %1</translation>
    </message>
    <message>
        <source>size mismatch: %1</source>
        <translation>dimensiune diferită: %1</translation>
    </message>
    <message>
        <source>not in the index: %1</source>
        <translation>nu este în index: %1</translation>
    </message>
    <message>
        <source>wrong counters: %1</source>
        <translation>contoare greșite: %1</translation>
    </message>
    <message>
        <source>interrupted writer: %1</source>
        <translation>scriere întreruptă: %1</translation>
    </message>
    <message>
        <source>%1 instances, %2 files: %3</source>
        <translation>%1 instanțe, %2 fișiere: %3</translation>
    </message>
    <message>
        <source>consistent</source>
        <translation>consecvent</translation>
    </message>
    <message>
        <source>INCONSISTENT</source>
        <translation>INCONSECVENT</translation>
    </message>
    <message>
        <source>print the summary as JSON</source>
        <translation>afișează rezumatul ca JSON</translation>
    </message>
    <message>
        <source>files, folders, DICOMDIRs, zips</source>
        <translation>fișiere, dosare, DICOMDIR, arhive zip</translation>
    </message>
    <message>
        <source>import needs at least one PATH</source>
        <translation>import are nevoie de cel puțin o CALE</translation>
    </message>
    <message>
        <source>objects</source>
        <translation>obiecte</translation>
    </message>
    <message>
        <source>%1 imported, %2 duplicates</source>
        <translation>%1 importate, %2 duplicate</translation>
    </message>
    <message>
        <source>skipped (not DICOM): %1: %2</source>
        <translation>omis (nu este DICOM): %1: %2</translation>
    </message>
    <message>
        <source>rejected: %1: %2</source>
        <translation>respins: %1: %2</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertisment: %1</translation>
    </message>
    <message>
        <source>imported %1, duplicates %2, skipped %3, rejected %4</source>
        <translation>importate %1, duplicate %2, omise %3, respinse %4</translation>
    </message>
    <message>
        <source>%1 in %2 s (%3/s, %4 objects/s)</source>
        <translation>%1 în %2 s (%3/s, %4 obiecte/s)</translation>
    </message>
    <message>
        <source>import stopped: %1</source>
        <translation>importul s-a oprit: %1</translation>
    </message>
    <message>
        <source>import interrupted; what was reported is stored</source>
        <translation>import întrerupt; ce a fost raportat este salvat</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATA</translation>
    </message>
    <message>
        <source>PATIENT ID</source>
        <translation>ID PACIENT</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NUME</translation>
    </message>
    <message>
        <source>MOD</source>
        <translation>MOD</translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation>DESCRIERE</translation>
    </message>
    <message>
        <source>SERIES</source>
        <translation>SERII</translation>
    </message>
    <message>
        <source>IMAGES</source>
        <translation>IMAGINI</translation>
    </message>
    <message>
        <source>STUDY UID</source>
        <translation>UID STUDIU</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation>ieșire pentru programe</translation>
    </message>
    <message>
        <source>patient name contains</source>
        <translation>numele pacientului conține</translation>
    </message>
    <message>
        <source>patient ID starts with</source>
        <translation>ID-ul pacientului începe cu</translation>
    </message>
    <message>
        <source>modality</source>
        <translation>modalitate</translation>
    </message>
    <message>
        <source>study date range FROM-TO (YYYYMMDD)</source>
        <translation>interval de date al studiului DE LA-PÂNĂ LA (AAAALLZZ)</translation>
    </message>
    <message>
        <source>ls needs patients, studies, series or instances</source>
        <translation>ls are nevoie de patients, studies, series sau instances</translation>
    </message>
    <message>
        <source>ls %1 needs one UID</source>
        <translation>ls %1 are nevoie de un UID</translation>
    </message>
    <message>
        <source>too many arguments</source>
        <translation>prea multe argumente</translation>
    </message>
    <message>
        <source>ISSUER</source>
        <translation>EMITENT</translation>
    </message>
    <message>
        <source>BORN</source>
        <translation>NĂSCUT</translation>
    </message>
    <message>
        <source>SEX</source>
        <translation>SEX</translation>
    </message>
    <message>
        <source>STUDIES</source>
        <translation>STUDII</translation>
    </message>
    <message>
        <source>--date takes YYYYMMDD-YYYYMMDD</source>
        <translation>--date primește AAAALLZZ-AAAALLZZ</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NUMĂR</translation>
    </message>
    <message>
        <source>BODY PART</source>
        <translation>REGIUNE</translation>
    </message>
    <message>
        <source>SERIES UID</source>
        <translation>UID SERIE</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>DIMENSIUNE</translation>
    </message>
    <message>
        <source>FRAMES</source>
        <translation>CADRE</translation>
    </message>
    <message>
        <source>TRANSFER SYNTAX</source>
        <translation>SINTAXĂ DE TRANSFER</translation>
    </message>
    <message>
        <source>SOP INSTANCE UID</source>
        <translation>SOP INSTANCE UID</translation>
    </message>
    <message>
        <source>ls: unknown listing &quot;%1&quot;</source>
        <translation>ls: listare necunoscută „%1”</translation>
    </message>
    <message>
        <source>Issuer of Patient ID</source>
        <translation>Emitentul ID-ului pacientului</translation>
    </message>
    <message>
        <source>history needs one PATIENT_ID</source>
        <translation>history are nevoie de un PATIENT_ID</translation>
    </message>
    <message>
        <source>Run &apos;dicomnet --help&apos; for usage.</source>
        <translation>Rulați „dicomnet --help” pentru utilizare.</translation>
    </message>
    <message>
        <source>, %1 left</source>
        <translation>, mai rămân %1</translation>
    </message>
    <message>
        <source>recovered: indexed %1 object(s) an interrupted writer had stored</source>
        <translation>recuperare: au fost indexate %1 obiecte salvate de o scriere întreruptă</translation>
    </message>
    <message>
        <source>no peer named &quot;%1&quot; (see dicomnet peers list)</source>
        <translation>nu există partenerul „%1” (vedeți dicomnet peers list)</translation>
    </message>
    <message>
        <source>TCP port (default 11112)</source>
        <translation>port TCP (implicit 11112)</translation>
    </message>
    <message>
        <source>associations served at once (default 8)</source>
        <translation>asocieri deservite simultan (implicit 8)</translation>
    </message>
    <message>
        <source>listen takes no arguments</source>
        <translation>listen nu primește argumente</translation>
    </message>
    <message>
        <source>--port takes 1 to 65535</source>
        <translation>--port primește 1–65535</translation>
    </message>
    <message>
        <source>--max-associations takes a positive number</source>
        <translation>--max-associations primește un număr pozitiv</translation>
    </message>
    <message>
        <source>received from %1: %2, %3 %4 — %5%6</source>
        <translation>primit de la %1: %2, %3 %4 — %5%6</translation>
    </message>
    <message>
        <source> (already stored)</source>
        <translation> (deja salvat)</translation>
    </message>
    <message>
        <source>association rejected: %1</source>
        <translation>asociere refuzată: %1</translation>
    </message>
    <message numerus="yes">
        <source>stopping: waiting for %n association(s) in progress</source>
        <translation>
            <numerusform>oprire: se așteaptă %n asociere în curs</numerusform>
            <numerusform>oprire: se așteaptă %n asocieri în curs</numerusform>
            <numerusform>oprire: se așteaptă %n de asocieri în curs</numerusform>
        </translation>
    </message>
    <message>
        <source>the peer&apos;s AE title</source>
        <translation>titlul AE al partenerului</translation>
    </message>
    <message>
        <source>host name or address</source>
        <translation>numele sau adresa gazdei</translation>
    </message>
    <message>
        <source>TCP port</source>
        <translation>port TCP</translation>
    </message>
    <message>
        <source>the peer speaks DICOM over TLS</source>
        <translation>partenerul folosește DICOM prin TLS</translation>
    </message>
    <message>
        <source>--port takes a number</source>
        <translation>--port primește un număr</translation>
    </message>
    <message>
        <source>added peer %1: %2@%3:%4%5</source>
        <translation>partener adăugat %1: %2@%3:%4%5</translation>
    </message>
    <message>
        <source>peers remove NAME</source>
        <translation>peers remove NUME</translation>
    </message>
    <message>
        <source>removed peer %1</source>
        <translation>partener șters %1</translation>
    </message>
    <message>
        <source>peers list takes no arguments</source>
        <translation>peers list nu primește argumente</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nu</translation>
    </message>
    <message>
        <source>AE TITLE</source>
        <translation>TITLU AE</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>GAZDĂ</translation>
    </message>
    <message>
        <source>PORT</source>
        <translation>PORT</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>peers needs add, list or remove</source>
        <translation>peers are nevoie de add, list sau remove</translation>
    </message>
    <message>
        <source>echo needs one PEER</source>
        <translation>echo are nevoie de un PARTENER</translation>
    </message>
    <message>
        <source>%1 answered C-ECHO in %2 ms</source>
        <translation>%1 a răspuns la C-ECHO în %2 ms</translation>
    </message>
    <message>
        <source>send needs a PEER and at least one UID</source>
        <translation>send are nevoie de un PARTENER și cel puțin un UID</translation>
    </message>
    <message>
        <source>%1 is not a study, series or instance in the cache</source>
        <translation>%1 nu este un studiu, o serie sau o instanță din cache</translation>
    </message>
    <message>
        <source>cannot flush the index: %1</source>
        <translation>indexul nu poate fi scris pe disc: %1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>nu se poate citi %1: %2</translation>
    </message>
    <message>
        <source>cannot use the index: %1</source>
        <translation>indexul nu poate fi folosit: %1</translation>
    </message>
    <message>
        <source>a peer needs a name</source>
        <translation>partenerul are nevoie de un nume</translation>
    </message>
    <message>
        <source>AE title &quot;%1&quot; must have 1 to 16 characters</source>
        <translation>titlul AE „%1” trebuie să aibă 1–16 caractere</translation>
    </message>
    <message>
        <source>AE title &quot;%1&quot; may hold only printable ASCII without &apos;\&apos;</source>
        <translation>titlul AE „%1” poate conține doar ASCII imprimabil, fără „\”</translation>
    </message>
    <message>
        <source>a peer needs a host</source>
        <translation>partenerul are nevoie de o gazdă</translation>
    </message>
    <message>
        <source>port %1 is out of range</source>
        <translation>portul %1 este în afara intervalului</translation>
    </message>
    <message>
        <source>a peer named &quot;%1&quot; already exists</source>
        <translation>există deja un partener „%1”</translation>
    </message>
    <message>
        <source>no peer named &quot;%1&quot;</source>
        <translation>nu există partenerul „%1”</translation>
    </message>
    <message>
        <source>%1 (%2@%3:%4)</source>
        <translation>%1 (%2@%3:%4)</translation>
    </message>
    <message>
        <source>no association: %1</source>
        <translation>nicio asociere: %1</translation>
    </message>
    <message>
        <source>C-ECHO failed: %1</source>
        <translation>C-ECHO a eșuat: %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>anulat</translation>
    </message>
    <message>
        <source>the peer accepts neither this SOP class nor this transfer syntax</source>
        <translation>partenerul nu acceptă această clasă SOP sau această sintaxă de transfer</translation>
    </message>
    <message>
        <source>connection lost: %1</source>
        <translation>conexiune pierdută: %1</translation>
    </message>
    <message>
        <source>refused with status 0x%1</source>
        <translation>refuzat cu starea 0x%1</translation>
    </message>
    <message>
        <source>cannot listen on port %1: %2</source>
        <translation>nu se poate asculta pe portul %1: %2</translation>
    </message>
    <message>
        <source>all %1 association workers are busy</source>
        <translation>toți cei %1 lucrători de asociere sunt ocupați</translation>
    </message>
    <message>
        <source>called AE title &quot;%1&quot; is not ours (%2)</source>
        <translation>titlul AE apelat „%1” nu este al nostru (%2)</translation>
    </message>
    <message>
        <source>refused an object from %1: %2</source>
        <translation>am refuzat un obiect de la %1: %2</translation>
    </message>
    <message>
        <source>refused an object from %1: its data set does not match the request</source>
        <translation>am refuzat un obiect de la %1: setul de date nu corespunde cererii</translation>
    </message>
    <message>
        <source>our certificate (PEM; default: the data directory&apos;s node.pem)</source>
        <translation>certificatul nostru (PEM; implicit node.pem din dosarul de date)</translation>
    </message>
    <message>
        <source>our private key (PEM; default: node.key)</source>
        <translation>cheia noastră privată (PEM; implicit node.key)</translation>
    </message>
    <message>
        <source>the CA peers must chain to (PEM; default: ca.pem)</source>
        <translation>CA de care trebuie să depindă partenerii (PEM; implicit ca.pem)</translation>
    </message>
    <message>
        <source>DICOM over TLS; peers must present a certificate from the site CA</source>
        <translation>DICOM prin TLS; partenerii trebuie să prezinte un certificat de la CA-ul instituției</translation>
    </message>
    <message>
        <source>--known-peers-only, but no peer is known (dicomnet peers add)</source>
        <translation>--known-peers-only, dar niciun partener nu este cunoscut (dicomnet peers add)</translation>
    </message>
    <message>
        <source>listening as %1 on port %2%3 (cache %4); Ctrl-C stops</source>
        <translation>ascult ca %1 pe portul %2%3 (cache %4); Ctrl-C oprește</translation>
    </message>
    <message>
        <source> with TLS</source>
        <translation> cu TLS</translation>
    </message>
    <message>
        <source>the organisation the site CA is named after</source>
        <translation>organizația după care se numește CA-ul instituției</translation>
    </message>
    <message>
        <source>this workstation&apos;s name in its certificate (default: dicomnet)</source>
        <translation>numele acestei stații în certificatul ei (implicit: dicomnet)</translation>
    </message>
    <message>
        <source>where issued files go (default: the data directory&apos;s certs/issued)</source>
        <translation>unde se pun fișierele emise (implicit certs/issued din dosarul de date)</translation>
    </message>
    <message>
        <source>certs init --org NAME [--node NAME]</source>
        <translation>certs init --org NUME [--node NUME]</translation>
    </message>
    <message>
        <source>site CA: %1
this node: %2 (key %3, readable by you only)</source>
        <translation>CA-ul instituției: %1
acest nod: %2 (cheia %3, citibilă doar de dumneavoastră)</translation>
    </message>
    <message>
        <source>certs issue NAME [--out DIR]</source>
        <translation>certs issue NUME [--out DOSAR]</translation>
    </message>
    <message>
        <source>issued for %1: %2 and %3 (give them, with %4, to that workstation)</source>
        <translation>emis pentru %1: %2 și %3 (dați-le, împreună cu %4, acelei stații)</translation>
    </message>
    <message>
        <source>TLS: %1</source>
        <translation>TLS: %1</translation>
    </message>
    <message>
        <source>TLS handshake failed: %1</source>
        <translation>negocierea TLS a eșuat: %1</translation>
    </message>
    <message>
        <source>the site needs an organisation name</source>
        <translation>instituția are nevoie de un nume de organizație</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a usable node name (letters, digits, - _ .)</source>
        <translation>„%1” nu este un nume de nod valid (litere, cifre, - _ .)</translation>
    </message>
    <message>
        <source>a site CA already exists in %1; it is kept (certificates it issued would stop working)</source>
        <translation>în %1 există deja un CA al instituției; este păstrat (certificatele emise de el ar înceta să funcționeze)</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>nu se poate crea %1</translation>
    </message>
    <message>
        <source>cannot make a key: %1</source>
        <translation>nu se poate genera o cheie: %1</translation>
    </message>
    <message>
        <source>cannot make the CA certificate: %1</source>
        <translation>nu se poate crea certificatul CA: %1</translation>
    </message>
    <message>
        <source>cannot write to %1</source>
        <translation>nu se poate scrie în %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a usable name (letters, digits, - _ .)</source>
        <translation>„%1” nu este un nume valid (litere, cifre, - _ .)</translation>
    </message>
    <message>
        <source>no site CA in %1: run dicomnet certs init first</source>
        <translation>nu există CA al instituției în %1: rulați întâi dicomnet certs init</translation>
    </message>
    <message>
        <source>cannot make the certificate: %1</source>
        <translation>nu se poate crea certificatul: %1</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>nu se poate scrie %1</translation>
    </message>
    <message>
        <source>calling AE title &quot;%1&quot; is not a known peer</source>
        <translation>titlul AE apelant „%1” nu este un partener cunoscut</translation>
    </message>
    <message>
        <source>TLS: %1 does not exist (dicomnet certs init makes the site&apos;s certificates)</source>
        <translation>TLS: %1 nu există (dicomnet certs init creează certificatele instituției)</translation>
    </message>
    <message>
        <source>TLS: cannot read the private key %1</source>
        <translation>TLS: nu se poate citi cheia privată %1</translation>
    </message>
    <message>
        <source>TLS: cannot read the certificate %1</source>
        <translation>TLS: nu se poate citi certificatul %1</translation>
    </message>
    <message>
        <source>TLS: %1 and %2 do not belong together</source>
        <translation>TLS: %1 și %2 nu se potrivesc</translation>
    </message>
    <message>
        <source>TLS: cannot read the trusted CA %1</source>
        <translation>TLS: nu se poate citi CA-ul de încredere %1</translation>
    </message>
    <message>
        <source>Patient ID (wildcards * ?)</source>
        <translation>ID pacient (caractere de înlocuire * ?)</translation>
    </message>
    <message>
        <source>patient name (wildcards * ?)</source>
        <translation>numele pacientului (caractere de înlocuire * ?)</translation>
    </message>
    <message>
        <source>modality in the study</source>
        <translation>modalitate în studiu</translation>
    </message>
    <message>
        <source>study date or range FROM-TO (YYYYMMDD)</source>
        <translation>data studiului sau intervalul DE LA-PÂNĂ LA (AAAALLZZ)</translation>
    </message>
    <message>
        <source>accession number</source>
        <translation>număr de acces</translation>
    </message>
    <message>
        <source>list this study&apos;s series</source>
        <translation>listează seriile acestui studiu</translation>
    </message>
    <message>
        <source>list this series&apos; instances (with --study)</source>
        <translation>listează instanțele acestei serii (cu --study)</translation>
    </message>
    <message>
        <source>find needs one PEER</source>
        <translation>find are nevoie de un PARTENER</translation>
    </message>
    <message>
        <source>--series needs --study too</source>
        <translation>--series are nevoie și de --study</translation>
    </message>
    <message>
        <source>the port the peer sends to (default 11112)</source>
        <translation>portul la care trimite partenerul (implicit 11112)</translation>
    </message>
    <message>
        <source>STUDY (default), SERIES or IMAGE</source>
        <translation>STUDY (implicit), SERIES sau IMAGE</translation>
    </message>
    <message>
        <source>retrieve needs a PEER and a UID</source>
        <translation>retrieve are nevoie de un PARTENER și un UID</translation>
    </message>
    <message>
        <source>--level takes STUDY, SERIES or IMAGE</source>
        <translation>--level primește STUDY, SERIES sau IMAGE</translation>
    </message>
    <message>
        <source>note: %1; assuming the workstation receives on it</source>
        <translation>notă: %1; presupun că stația de lucru recepționează pe el</translation>
    </message>
    <message>
        <source>%1 does not answer queries</source>
        <translation>%1 nu răspunde la interogări</translation>
    </message>
    <message>
        <source>unknown attribute %1</source>
        <translation>atribut necunoscut %1</translation>
    </message>
    <message>
        <source>%1 answered the query with status 0x%2</source>
        <translation>%1 a răspuns la interogare cu starea 0x%2</translation>
    </message>
    <message>
        <source>C-FIND failed: %1</source>
        <translation>C-FIND a eșuat: %1</translation>
    </message>
    <message>
        <source>%1 does not accept C-MOVE</source>
        <translation>%1 nu acceptă C-MOVE</translation>
    </message>
    <message>
        <source>C-MOVE failed: %1</source>
        <translation>C-MOVE a eșuat: %1</translation>
    </message>
    <message>
        <source>%1 does not know where %2 is: add this workstation to its peers</source>
        <translation>%1 nu știe unde este %2: adăugați această stație la partenerii lui</translation>
    </message>
    <message>
        <source>%1 answered the retrieve with status 0x%2</source>
        <translation>%1 a răspuns la preluare cu starea 0x%2</translation>
    </message>
    <message>
        <source>a SERIES query needs a Study Instance UID</source>
        <translation>o interogare SERIES are nevoie de Study Instance UID</translation>
    </message>
    <message>
        <source>an IMAGE query needs a Series Instance UID</source>
        <translation>o interogare IMAGE are nevoie de Series Instance UID</translation>
    </message>
    <message>
        <source>unknown query level &quot;%1&quot;</source>
        <translation>nivel de interogare necunoscut „%1”</translation>
    </message>
    <message>
        <source>a retrieve at %1 level needs its unique key</source>
        <translation>o preluare la nivelul %1 are nevoie de cheia sa unică</translation>
    </message>
    <message>
        <source>refused a query from %1: %2</source>
        <translation>am refuzat o interogare de la %1: %2</translation>
    </message>
    <message>
        <source>refused a retrieve from %1: %2</source>
        <translation>am refuzat o preluare de la %1: %2</translation>
    </message>
    <message>
        <source>move destination &quot;%1&quot; is not a known peer</source>
        <translation>destinația „%1” nu este un partener cunoscut</translation>
    </message>
    <message>
        <source>retrieved %1 object(s) from %2 by C-GET in %3 s (%4 failed); %5 new in the cache, %6 already there</source>
        <translation>preluate %1 obiecte de la %2 prin C-GET în %3 s (%4 eșuate); %5 noi în cache, %6 existau deja</translation>
    </message>
    <message>
        <source>%1; asking for a C-MOVE instead</source>
        <translation>%1; cer un C-MOVE în loc</translation>
    </message>
    <message>
        <source>retrieved %1 object(s) from %2 by C-MOVE in %3 s (%4 failed); %5 of it now in the cache</source>
        <translation>preluate %1 obiecte de la %2 prin C-MOVE în %3 s (%4 eșuate); %5 sunt acum în cache</translation>
    </message>
    <message>
        <source>%1 does not offer C-GET</source>
        <translation>%1 nu oferă C-GET</translation>
    </message>
    <message>
        <source>C-GET failed: %1</source>
        <translation>C-GET a eșuat: %1</translation>
    </message>
    <message>
        <source>use C-MOVE to this workstation, not C-GET (the peer must know us)</source>
        <translation>folosește C-MOVE către această stație, nu C-GET (partenerul trebuie să ne cunoască)</translation>
    </message>
    <message>
        <source>accept only known peers (AE title; with TLS, their certificate)</source>
        <translation>acceptă doar parteneri cunoscuți (titlu AE; cu TLS, și certificatul lor)</translation>
    </message>
    <message>
        <source>with --tls: the peer&apos;s certificate (PEM); only it is accepted from the peer (default: any from the site CA named after it)</source>
        <translation>cu --tls: certificatul partenerului (PEM); doar acesta este acceptat de la partener (implicit: oricare de la CA-ul instituției, pe numele lui)</translation>
    </message>
    <message>
        <source>only the certificate with SHA-256 %1 is accepted from it</source>
        <translation>de la el se acceptă doar certificatul cu SHA-256 %1</translation>
    </message>
    <message>
        <source>CN %1</source>
        <translation>CN %1</translation>
    </message>
    <message>
        <source>SHA-256 %1…</source>
        <translation>SHA-256 %1…</translation>
    </message>
    <message>
        <source>the study of the series or instance (hierarchical peers need it; asked of the peer when not given)</source>
        <translation>studiul seriei sau instanței (partenerii ierarhici au nevoie de el; dacă lipsește, este cerut partenerului)</translation>
    </message>
    <message>
        <source>the series of the instance (as --study)</source>
        <translation>seria instanței (ca --study)</translation>
    </message>
    <message>
        <source>%1 did not say which study this is in; if it needs that, give --study</source>
        <translation>%1 nu a spus din ce studiu face parte; dacă are nevoie, dați --study</translation>
    </message>
    <message>
        <source>rejected %1: %2</source>
        <translation>respins %1: %2</translation>
    </message>
    <message>
        <source>a certificate fingerprint is 64 hexadecimal digits (SHA-256)</source>
        <translation>amprenta unui certificat are 64 de cifre hexazecimale (SHA-256)</translation>
    </message>
    <message>
        <source>a certificate can only be checked over TLS: add --tls</source>
        <translation>un certificat poate fi verificat doar prin TLS: adăugați --tls</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>nu se poate deschide %1: %2</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>discul este plin</translation>
    </message>
    <message>
        <source>calling AE title &quot;%1&quot; is a known peer&apos;s, but the certificate it presented (CN &quot;%2&quot;, SHA-256 %3) is not that peer&apos;s</source>
        <translation>titlul AE apelant „%1” este al unui partener cunoscut, dar certificatul prezentat (CN „%2”, SHA-256 %3) nu este al acelui partener</translation>
    </message>
    <message>
        <source>cannot make a folder in %1: %2</source>
        <translation>nu se poate crea un dosar în %1: %2</translation>
    </message>
    <message>
        <source>cannot digest the certificate: %1</source>
        <translation>nu se poate calcula amprenta certificatului: %1</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate</source>
        <translation>%1 nu conține un certificat PEM</translation>
    </message>
    <message>
        <source>the peer&apos;s certificate cannot be read</source>
        <translation>certificatul partenerului nu poate fi citit</translation>
    </message>
    <message>
        <source>cannot store an object from %1: %2</source>
        <translation>nu se poate stoca un obiect de la %1: %2</translation>
    </message>
    <message>
        <source>C-GET: %1 accepted no context for %2 in %3; %4 not sent</source>
        <translation>C-GET: %1 nu a acceptat niciun context pentru %2 în %3; %4 nu a fost trimis</translation>
    </message>
    <message>
        <source>demo takes no arguments</source>
        <translation>demo nu primește argumente</translation>
    </message>
    <message>
        <source>cannot make a folder in %1</source>
        <translation>nu se poate crea un dosar în %1</translation>
    </message>
    <message>
        <source>making the demo patient…</source>
        <translation>se creează pacientul demonstrativ…</translation>
    </message>
    <message>
        <source>demo patient Demo^Pacient (DEMO-0001): %1 objects added, %2 already there — four chest X-rays a few days apart and a chest CT</source>
        <translation>pacient demonstrativ Demo^Pacient (DEMO-0001): %1 obiecte adăugate, %2 existau deja — patru radiografii toracice la câteva zile distanță și un CT toracic</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a file nor a UID in the cache</source>
        <translation>„%1” nu este nici fișier, nici UID din cache</translation>
    </message>
    <message>
        <source>nothing under %1 is an image</source>
        <translation>nimic din %1 nu este imagine</translation>
    </message>
    <message>
        <source>frame number, from 1 (default 1)</source>
        <translation>numărul cadrului, de la 1 (implicit 1)</translation>
    </message>
    <message>
        <source>window center and width (default: the file&apos;s first window)</source>
        <translation>centrul și lățimea ferestrei (implicit: prima fereastră din fișier)</translation>
    </message>
    <message>
        <source>--frame takes a number from 1</source>
        <translation>--frame primește un număr de la 1</translation>
    </message>
    <message>
        <source>--window takes CENTER,WIDTH with a width of at least 1</source>
        <translation>--window primește CENTRU,LĂȚIME, cu lățimea de cel puțin 1</translation>
    </message>
    <message>
        <source>%1×%2, frame %3 of %4 → %5</source>
        <translation>%1×%2, cadrul %3 din %4 → %5</translation>
    </message>
    <message>
        <source>first image %1 ms, all loaded %2 ms, screenshot %3 (decoding: first %4 ms, all %5 ms)</source>
        <translation>prima imagine %1 ms, totul încărcat %2 ms, captură %3 (decodare: prima %4 ms, toate %5 ms)</translation>
    </message>
    <message>
        <source>the viewer did not finish loading within two minutes</source>
        <translation>vizualizatorul nu a terminat încărcarea în două minute</translation>
    </message>
    <message>
        <source>%1 is not in the cache</source>
        <translation>%1 nu este în cache</translation>
    </message>
    <message>
        <source>the study %1 holds no images</source>
        <translation>studiul %1 nu conține imagini</translation>
    </message>
    <message>
        <source>no pixel data</source>
        <translation>nu există date de pixeli</translation>
    </message>
    <message>
        <source>the pixel data are truncated: %1 of %2 bytes</source>
        <translation>datele de pixeli sunt trunchiate: %1 din %2 octeți</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 nu poate fi citit: %2</translation>
    </message>
    <message>
        <source>%1 holds no image (no pixel data)</source>
        <translation>%1 nu conține o imagine (nu are date de pixeli)</translation>
    </message>
    <message>
        <source>the pixel data in %1 cannot be decoded: %2</source>
        <translation>datele de pixeli în %1 nu pot fi decodate: %2</translation>
    </message>
    <message>
        <source>the image cannot be shown: %1</source>
        <translation>imaginea nu poate fi afișată: %1</translation>
    </message>
    <message>
        <source>there is no frame %1 (the image has %2)</source>
        <translation>nu există cadrul %1 (imaginea are %2)</translation>
    </message>
    <message>
        <source>that VOI transformation does not apply to this image</source>
        <translation>această transformare VOI nu se aplică acestei imagini</translation>
    </message>
    <message>
        <source>frame %1 cannot be rendered</source>
        <translation>cadrul %1 nu poate fi redat</translation>
    </message>
    <message>
        <source>the pixel values of frame %1 are missing</source>
        <translation>lipsesc valorile pixelilor cadrului %1</translation>
    </message>
    <message>
        <source>the pixel data cannot be read: %1</source>
        <translation>datele de pixeli nu pot fi citite: %1</translation>
    </message>
    <message>
        <source>OpenJPEG cannot set up a decoder</source>
        <translation>OpenJPEG nu poate pregăti un decodor</translation>
    </message>
    <message>
        <source>JPEG 2000: the code stream header cannot be read</source>
        <translation>JPEG 2000: antetul fluxului de cod nu poate fi citit</translation>
    </message>
    <message>
        <source>JPEG 2000: the code stream cannot be decoded (damaged?)</source>
        <translation>JPEG 2000: fluxul de cod nu poate fi decodat (deteriorat?)</translation>
    </message>
    <message>
        <source>JPEG 2000: no components</source>
        <translation>JPEG 2000: nicio componentă</translation>
    </message>
    <message>
        <source>JPEG 2000: frame %1 cannot be found</source>
        <translation>JPEG 2000: cadrul %1 nu poate fi găsit</translation>
    </message>
    <message>
        <source>JPEG 2000: a fragment of frame %1 is unreadable</source>
        <translation>JPEG 2000: un fragment al cadrului %1 nu poate fi citit</translation>
    </message>
    <message>
        <source>JPEG 2000: frame %1 is empty</source>
        <translation>JPEG 2000: cadrul %1 este gol</translation>
    </message>
    <message>
        <source>JPEG 2000: the pixel data are not encapsulated</source>
        <translation>JPEG 2000: datele de pixeli nu sunt încapsulate</translation>
    </message>
    <message>
        <source>JPEG 2000: unsupported image (%1×%2, %3 bits, %4 samples)</source>
        <translation>JPEG 2000: imagine nesuportată (%1×%2, %3 biți, %4 eșantioane)</translation>
    </message>
    <message>
        <source>JPEG 2000: %1 components where %2 samples were announced</source>
        <translation>JPEG 2000: %1 componente, dar au fost anunțate %2 eșantioane</translation>
    </message>
    <message>
        <source>JPEG 2000: component size %1×%2 is not the image&apos;s</source>
        <translation>JPEG 2000: dimensiunea componentei %1×%2 nu este a imaginii</translation>
    </message>
    <message>
        <source>JPEG 2000: cannot keep the decoded pixels: %1</source>
        <translation>JPEG 2000: pixelii decodați nu pot fi păstrați: %1</translation>
    </message>
    <message>
        <source>px</source>
        <translation>px</translation>
    </message>
    <message>
        <source>mm at the detector</source>
        <translation>mm la detector</translation>
    </message>
    <message>
        <source>mm</source>
        <translation>mm</translation>
    </message>
    <message>
        <source> HU</source>
        <translation> HU</translation>
    </message>
    <message>
        <source>mean %1 SD %2%3 (min %4, max %5)</source>
        <translation>medie %1 DS %2%3 (min %4, max %5)</translation>
    </message>
    <message>
        <source>, %1 mm²</source>
        <translation>, %1 mm²</translation>
    </message>
    <message>
        <source>this series is not a volume: no multiplanar view</source>
        <translation>această serie nu este un volum: nu există vedere multiplanară</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the PNG file of the changes</source>
        <translation>fișierul PNG al schimbărilor</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>afișează JSON</translation>
    </message>
    <message>
        <source>align again, even if kept</source>
        <translation>aliniază din nou, chiar dacă alinierea e păstrată</translation>
    </message>
    <message>
        <source>prior → current: rotation %1° (positive: clockwise), shift %2, %3 pixels, scale %4</source>
        <translation>anterior → curent: rotație %1° (pozitiv: în sensul acelor de ceasornic), deplasare %2, %3 pixeli, scară %4</translation>
    </message>
    <message>
        <source>aligned earlier in %1 s (kept with the pair; --again to redo)</source>
        <translation>aliniat anterior în %1 s (păstrat cu perechea; --again pentru a reface)</translation>
    </message>
    <message>
        <source>aligned in %1 s</source>
        <translation>aliniat în %1 s</translation>
    </message>
    <message>
        <source>%1: %2 % denser, %3 % clearer than before</source>
        <translation>%1: %2 % mai dens, %3 % mai clar decât înainte</translation>
    </message>
    <message>
        <source> · born %1</source>
        <translation> · născut(ă) %1</translation>
    </message>
    <message>
        <source>CONSULTATION</source>
        <translation>CONSULTAȚIE</translation>
    </message>
    <message>
        <source>no study of patient %1 in the cache</source>
        <translation>niciun studiu al pacientului %1 în cache</translation>
    </message>
    <message>
        <source>series %1 is not in the cache</source>
        <translation>seria %1 nu este în cache</translation>
    </message>
    <message>
        <source>no hanging protocol fits this series</source>
        <translation>niciun protocol de afișare nu se potrivește acestei serii</translation>
    </message>
    <message>
        <source>the patient has no earlier study to compare this one with</source>
        <translation>pacientul nu are un studiu anterior cu care să fie comparat acesta</translation>
    </message>
    <message>
        <source>not valid JSON at character %1: %2</source>
        <translation>JSON nevalid la caracterul %1: %2</translation>
    </message>
    <message>
        <source>no &quot;protocols&quot; list</source>
        <translation>lipsește lista „protocols”</translation>
    </message>
    <message>
        <source>protocol %1 has no name</source>
        <translation>protocolul %1 nu are nume</translation>
    </message>
    <message>
        <source>protocol &quot;%1&quot;: layout must be ROWSxCOLUMNS, 1 to 4 each</source>
        <translation>protocolul „%1”: dispunerea trebuie să fie RÂNDURIxCOLOANE, de la 1 la 4 fiecare</translation>
    </message>
    <message>
        <source>protocol &quot;%1&quot;: %2 priors do not fit a %3×%4 layout</source>
        <translation>protocolul „%1”: %2 studii anterioare nu încap într-o dispunere %3×%4</translation>
    </message>
    <message>
        <source>%1 cannot be read</source>
        <translation>%1 nu poate fi citit</translation>
    </message>
    <message>
        <source>%1 does not offer C-GET: retrieve it with Network → Query and retrieve… (C-MOVE to this workstation&apos;s listener)</source>
        <translation>%1 nu oferă C-GET: preluați-l cu Rețea → Căutare și preluare… (C-MOVE către receptorul acestei stații)</translation>
    </message>
    <message>
        <source>%1 of %2 objects could not be fetched</source>
        <translation>%1 din %2 obiecte nu au putut fi preluate</translation>
    </message>
    <message>
        <source>%1 object(s) fetched from %2</source>
        <translation>%1 obiect(e) preluat(e) de la %2</translation>
    </message>
    <message>
        <source>study %1 is not in the cache</source>
        <translation>studiul %1 nu este în cache</translation>
    </message>
    <message>
        <source>the image is empty</source>
        <translation>imaginea este goală</translation>
    </message>
    <message>
        <source>only grey images can be aligned; this one is in colour</source>
        <translation>doar imaginile în tonuri de gri pot fi aliniate; aceasta este color</translation>
    </message>
    <message>
        <source>the images are too small to be aligned</source>
        <translation>imaginile sunt prea mici pentru a fi aliniate</translation>
    </message>
    <message>
        <source>the images could not be aligned: %1</source>
        <translation>imaginile nu au putut fi aliniate: %1</translation>
    </message>
    <message>
        <source>alignment cancelled</source>
        <translation>aliniere anulată</translation>
    </message>
    <message>
        <source>the series are not volumes</source>
        <translation>seriile nu sunt volume</translation>
    </message>
    <message>
        <source>the volumes could not be aligned: %1</source>
        <translation>volumele nu au putut fi aliniate: %1</translation>
    </message>
    <message>
        <source>protocol &quot;%1&quot;: three planes a study need a layout of %2x3</source>
        <translation>protocolul „%1”: trei planuri pe studiu cer o dispunere %2x3</translation>
    </message>
    <message>
        <source>the findings</source>
        <translation>constatările</translation>
    </message>
    <message>
        <source>who writes it</source>
        <translation>cine o scrie</translation>
    </message>
    <message>
        <source>the author&apos;s organisation</source>
        <translation>instituția autorului</translation>
    </message>
    <message>
        <source>--field takes KEY=VALUE</source>
        <translation>--field primește CHEIE=VALOARE</translation>
    </message>
    <message>
        <source>cannot write in %1</source>
        <translation>nu se poate scrie în %1</translation>
    </message>
    <message>
        <source>consult list [STUDY_UID] [--json]</source>
        <translation>consult list [STUDY_UID] [--json]</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STARE</translation>
    </message>
    <message>
        <source>AUTHOR</source>
        <translation>AUTOR</translation>
    </message>
    <message>
        <source>consult show UID_OR_FILE</source>
        <translation>consult show UID_OR_FILE</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a file nor an instance UID in the cache</source>
        <translation>„%1” nu este nici fișier, nici UID de instanță din cache</translation>
    </message>
    <message>
        <source>the consultation cannot be written (%1): %2</source>
        <translation>consultația nu poate fi scrisă (%1): %2</translation>
    </message>
    <message>
        <source>a consultation needs an author</source>
        <translation>o consultație are nevoie de autor</translation>
    </message>
    <message>
        <source>the consultation is empty: write findings, an impression or a recommendation</source>
        <translation>consultația este goală: scrieți constatări, o concluzie sau o recomandare</translation>
    </message>
    <message>
        <source>the patient&apos;s data in %1 cannot be converted to UTF-8</source>
        <translation>datele pacientului din %1 nu pot fi convertite în UTF-8</translation>
    </message>
    <message>
        <source>%1 has no Study Instance UID</source>
        <translation>%1 nu are Study Instance UID</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Consultație</translation>
    </message>
    <message>
        <source>%1 is not a structured report dicomnet can read</source>
        <translation>%1 nu este un raport structurat pe care dicomnet îl poate citi</translation>
    </message>
    <message>
        <source>no template &quot;%1&quot;; the templates are: %2</source>
        <translation>nu există șablonul „%1”; șabloanele sunt: %2</translation>
    </message>
    <message>
        <source>%1 (%2) is a whole number from %3 to %4, not &quot;%5&quot;</source>
        <translation>%1 (%2) este un număr întreg de la %3 la %4, nu „%5”</translation>
    </message>
    <message>
        <source>the template %1 has no score &quot;%2&quot;%3</source>
        <translation>șablonul %1 nu are scorul „%2”%3</translation>
    </message>
    <message>
        <source>; it has %1</source>
        <translation>; are %1</translation>
    </message>
    <message>
        <source>findings=, impression=, recommendation= or a template&apos;s score</source>
        <translation>findings=, impression=, recommendation= sau un scor al șablonului</translation>
    </message>
    <message>
        <source>an image of the study to reference (SOP Instance UID)</source>
        <translation>o imagine a studiului de referit (SOP Instance UID)</translation>
    </message>
    <message>
        <source>%1 is not an image of study %2</source>
        <translation>%1 nu este o imagine a studiului %2</translation>
    </message>
    <message>
        <source>what to answer, with the context</source>
        <translation>la ce să se răspundă, cu contextul</translation>
    </message>
    <message>
        <source>routine, urgent or emergency</source>
        <translation>routine, urgent sau emergency</translation>
    </message>
    <message>
        <source>a person or a peer (default: anyone)</source>
        <translation>o persoană sau un partener (implicit: oricine)</translation>
    </message>
    <message>
        <source>who asks</source>
        <translation>cine solicită</translation>
    </message>
    <message>
        <source>the asker&apos;s organisation</source>
        <translation>organizația solicitantului</translation>
    </message>
    <message>
        <source>consult request STUDY_UID --question TEXT [--urgency routine|urgent|emergency] [--for NAME] --author NAME [--organisation ORG]</source>
        <translation>consult request STUDY_UID --question TEXT [--urgency routine|urgent|emergency] [--for NUME] --author NUME [--organisation ORG]</translation>
    </message>
    <message>
        <source>--urgency is routine, urgent or emergency</source>
        <translation>--urgency este routine, urgent sau emergency</translation>
    </message>
    <message>
        <source>consult amend UID [--text TEXT] [--field KEY=VALUE ...] [--author NAME]</source>
        <translation>consult amend UID [--text TEXT] [--field CHEIE=VALOARE ...] [--author NUME]</translation>
    </message>
    <message>
        <source>only a signed (final) consultation is amended; %1 is %2</source>
        <translation>se amendează doar o consultație semnată (finală); %1 este %2</translation>
    </message>
    <message>
        <source>the author&apos;s X.509 certificate (PEM)</source>
        <translation>certificatul X.509 al autorului (PEM)</translation>
    </message>
    <message>
        <source>the author&apos;s private key (PEM)</source>
        <translation>cheia privată a autorului (PEM)</translation>
    </message>
    <message>
        <source>consult sign UID --cert FILE --key FILE</source>
        <translation>consult sign UID --cert FIȘIER --key FIȘIER</translation>
    </message>
    <message>
        <source>Passphrase for %1: </source>
        <translation>Parola pentru %1: </translation>
    </message>
    <message>
        <source>anyone</source>
        <translation>oricine</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TIP</translation>
    </message>
    <message>
        <source>TITLE OR QUESTION</source>
        <translation>TITLU SAU ÎNTREBARE</translation>
    </message>
    <message>
        <source>your name, or this node&apos;s AE title</source>
        <translation>numele dvs. sau titlul AE al acestei stații</translation>
    </message>
    <message>
        <source>consult waiting --me NAME [--json]</source>
        <translation>consult waiting --me NUME [--json]</translation>
    </message>
    <message>
        <source>URGENCY</source>
        <translation>URGENȚĂ</translation>
    </message>
    <message>
        <source>FROM</source>
        <translation>DE LA</translation>
    </message>
    <message>
        <source>QUESTION OR TITLE</source>
        <translation>ÎNTREBARE SAU TITLU</translation>
    </message>
    <message>
        <source>Encapsulated PDF: &quot;%1&quot;, %2 bytes
Patient: %3 (%4)
Date: %5
`dicomnet export %6 --out DIR` writes it out as a PDF file.</source>
        <translation>PDF încapsulat: „%1”, %2 octeți
Pacient: %3 (%4)
Data: %5
`dicomnet export %6 --out DIR` îl scrie ca fișier PDF.</translation>
    </message>
    <message>
        <source>Signature: %1</source>
        <translation>Semnătura: %1</translation>
    </message>
    <message>
        <source>trusted CA certificates (PEM); the site CA by default</source>
        <translation>certificatele CA de încredere (PEM); implicit CA-ul instituției</translation>
    </message>
    <message>
        <source>consult verify UID_OR_FILE [--ca FILE]</source>
        <translation>consult verify UID_SAU_FIȘIER [--ca FIȘIER]</translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation>fișierul PDF de scris</translation>
    </message>
    <message>
        <source>consult export UID_OR_FILE --pdf FILE</source>
        <translation>consult export UID_SAU_FIȘIER --pdf FIȘIER</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>s-a scris %1</translation>
    </message>
    <message>
        <source>consult request|new|amend|sign|list|waiting|show|verify|export ...</source>
        <translation>consult request|new|amend|sign|list|waiting|show|verify|export ...</translation>
    </message>
    <message>
        <source>the folder to write to</source>
        <translation>dosarul în care se scrie</translation>
    </message>
    <message>
        <source>export UID... --out DIR [--json]</source>
        <translation>export UID... --out DIR [--json]</translation>
    </message>
    <message numerus="yes">
        <source>wrote %n file(s) to %1</source>
        <translation>
            <numerusform>s-a scris %n fișier în %1</numerusform>
            <numerusform>s-au scris %n fișiere în %1</numerusform>
            <numerusform>s-au scris %n de fișiere în %1</numerusform>
        </translation>
    </message>
    <message>
        <source>certs person &quot;FULL NAME&quot; [--out DIR]</source>
        <translation>certs person &quot;NUME COMPLET&quot; [--out DIR]</translation>
    </message>
    <message>
        <source>Passphrase for the new key: </source>
        <translation>Parola pentru cheia nouă: </translation>
    </message>
    <message>
        <source>signing certificate for %1: %2 and %3 (the key is encrypted with the passphrase; it is not kept anywhere)</source>
        <translation>certificat de semnare pentru %1: %2 și %3 (cheia este criptată cu parola; parola nu este păstrată nicăieri)</translation>
    </message>
    <message>
        <source>certs needs init, issue or person</source>
        <translation>certs are nevoie de init, issue sau person</translation>
    </message>
    <message>
        <source>the cache cannot be read</source>
        <translation>cache-ul nu poate fi citit</translation>
    </message>
    <message>
        <source>%1 is not an instance in the cache</source>
        <translation>%1 nu este o instanță din cache</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>urgent</translation>
    </message>
    <message>
        <source>EMERGENCY</source>
        <translation>URGENȚĂ MAJORĂ</translation>
    </message>
    <message>
        <source>routine</source>
        <translation>de rutină</translation>
    </message>
    <message>
        <source>requested</source>
        <translation>solicitată</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>cu răspuns</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>ciornă</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>semnată</translation>
    </message>
    <message>
        <source>amended</source>
        <translation>amendată</translation>
    </message>
    <message>
        <source>final</source>
        <translation>finală</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>înlocuită</translation>
    </message>
    <message>
        <source>report from elsewhere</source>
        <translation>raport din altă parte</translation>
    </message>
    <message>
        <source>Encapsulated PDF &quot;%1&quot; (%2 bytes)
Patient: %3 (%4)
Date: %5</source>
        <translation>PDF încapsulat „%1” (%2 octeți)
Pacient: %3 (%4)
Data: %5</translation>
    </message>
    <message>
        <source>Key image %1 is not in the cache</source>
        <translation>Imaginea cheie %1 nu este în cache</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Alegeți…</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.key *.crt);;All files (*)</source>
        <translation>Fișiere PEM (*.pem *.key *.crt);;Toate fișierele (*)</translation>
    </message>
    <message>
        <source>%1 holds no encapsulated document</source>
        <translation>%1 nu conține un document încapsulat</translation>
    </message>
    <message>
        <source>Final (completed and verified)</source>
        <translation>Finală (completă și verificată)</translation>
    </message>
    <message>
        <source>DRAFT — not verified, not signed</source>
        <translation>CIORNĂ — neverificată, nesemnată</translation>
    </message>
    <message>
        <source>Radiology consultation</source>
        <translation>Consultație radiologică</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Pacient</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation>ID pacient</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Născut</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Studiu</translation>
    </message>
    <message>
        <source>Study date</source>
        <translation>Data studiului</translation>
    </message>
    <message>
        <source>Accession</source>
        <translation>Nr. de acces</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Scrisă</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stare</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Semnătura</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>nesemnată</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constatări</translation>
    </message>
    <message>
        <source>Impression</source>
        <translation>Concluzie</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recomandare</translation>
    </message>
    <message>
        <source>Key images</source>
        <translation>Imagini cheie</translation>
    </message>
    <message>
        <source>Verified by %1 (%2) on %3</source>
        <translation>Verificată de %1 (%2) la %3</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Document %1</source>
        <translation>Documentul %1</translation>
    </message>
    <message>
        <source>a request needs a question</source>
        <translation>o solicitare are nevoie de o întrebare</translation>
    </message>
    <message>
        <source>Consultation request</source>
        <translation>Solicitare de consultație</translation>
    </message>
    <message>
        <source>the certificate %1 cannot be read (PEM expected)</source>
        <translation>certificatul %1 nu poate fi citit (se așteaptă PEM)</translation>
    </message>
    <message>
        <source>the private key %1 cannot be opened: wrong passphrase</source>
        <translation>cheia privată %1 nu poate fi deschisă: parolă greșită</translation>
    </message>
    <message>
        <source>the private key %1 cannot be read (PEM expected)</source>
        <translation>cheia privată %1 nu poate fi citită (se așteaptă PEM)</translation>
    </message>
    <message>
        <source>the private key %1 does not belong to the certificate %2</source>
        <translation>cheia privată %1 nu aparține certificatului %2</translation>
    </message>
    <message>
        <source>the certificate %1 names no person (no common name)</source>
        <translation>certificatul %1 nu numește nicio persoană (fără nume comun)</translation>
    </message>
    <message>
        <source>this consultation is final already; amend it to change it</source>
        <translation>această consultație este deja finală; amendați-o pentru a o schimba</translation>
    </message>
    <message>
        <source>unknown organisation</source>
        <translation>organizație necunoscută</translation>
    </message>
    <message>
        <source>the consultation cannot be signed: %1</source>
        <translation>consultația nu poate fi semnată: %1</translation>
    </message>
    <message>
        <source>signature %1 cannot be read</source>
        <translation>semnătura %1 nu poate fi citită</translation>
    </message>
    <message>
        <source>the certificate was not valid when it signed</source>
        <translation>certificatul nu era valabil când a semnat</translation>
    </message>
    <message>
        <source>the document was changed after it was signed</source>
        <translation>documentul a fost modificat după ce a fost semnat</translation>
    </message>
    <message>
        <source>the signature carries no certificate</source>
        <translation>semnătura nu conține niciun certificat</translation>
    </message>
    <message>
        <source>no trusted CA is configured (%1 is missing)</source>
        <translation>niciun CA de încredere nu este configurat (lipsește %1)</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate is not from a trusted CA (%1)</source>
        <translation>certificatul semnatarului nu este de la un CA de încredere (%1)</translation>
    </message>
    <message>
        <source>unknown signer</source>
        <translation>semnatar necunoscut</translation>
    </message>
    <message>
        <source>signed by %1 on %2: valid</source>
        <translation>semnată de %1 la %2: validă</translation>
    </message>
    <message>
        <source>signed by %1 on %2: INVALID, %3</source>
        <translation>semnată de %1 la %2: INVALIDĂ, %3</translation>
    </message>
    <message>
        <source>signed by %1 on %2: signer NOT TRUSTED, %3</source>
        <translation>semnată de %1 la %2: semnatar FĂRĂ ÎNCREDERE, %3</translation>
    </message>
    <message>
        <source>Region of interest</source>
        <translation>Regiune de interes</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 nu poate fi scris: %2</translation>
    </message>
    <message>
        <source>a document needs an author</source>
        <translation>un document are nevoie de un autor</translation>
    </message>
    <message>
        <source>%1 is not a consultation written by dicomnet</source>
        <translation>%1 nu este o consultație scrisă de dicomnet</translation>
    </message>
    <message>
        <source>
Replaces (predecessor documents):
  %1
</source>
        <translation>
Înlocuiește (documente predecesoare):
  %1
</translation>
    </message>
    <message>
        <source>
Pertinent other evidence (e.g. the request it answers):
  %1
</source>
        <translation>
Alte dovezi pertinente (de ex. solicitarea la care răspunde):
  %1
</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a usable person&apos;s name</source>
        <translation>„%1” nu este un nume de persoană utilizabil</translation>
    </message>
    <message>
        <source>a signing key needs a passphrase of 8 characters or more</source>
        <translation>o cheie de semnare are nevoie de o parolă de cel puțin 8 caractere</translation>
    </message>
    <message>
        <source>request</source>
        <translation>solicitare</translation>
    </message>
    <message>
        <source>consultation</source>
        <translation>consultație</translation>
    </message>
    <message>
        <source>report</source>
        <translation>raport</translation>
    </message>
    <message>
        <source>keep device identity (station name, serial numbers)</source>
        <translation>păstrează identitatea aparatului (numele stației, numerele de serie)</translation>
    </message>
    <message>
        <source>keep study and series descriptions and the protocol name</source>
        <translation>păstrează descrierile studiului și seriilor și numele protocolului</translation>
    </message>
    <message>
        <source>empty the dates instead of shifting them per patient</source>
        <translation>golește datele în loc să le deplaseze pentru fiecare pacient</translation>
    </message>
    <message>
        <source>anonymize UID_OR_FILE... --out DIR [--keep-device] [--keep-descriptors] [--remove-dates] [--json]</source>
        <translation>anonymize UID_SAU_FIȘIER... --out DIR [--keep-device] [--keep-descriptors] [--remove-dates] [--json]</translation>
    </message>
    <message>
        <source>wrote %1 de-identified object(s) to %2; held back %3</source>
        <translation>s-au scris %1 obiecte de-identificate în %2; reținute %3</translation>
    </message>
    <message>
        <source>a DICOMweb portal at this base URL (instead of --aet/--host/--port)</source>
        <translation>un portal DICOMweb la acest URL de bază (în loc de --aet/--host/--port)</translation>
    </message>
    <message>
        <source>the portal&apos;s user (basic authentication)</source>
        <translation>utilizatorul portalului (autentificare basic)</translation>
    </message>
    <message>
        <source>a file holding the portal&apos;s password</source>
        <translation>un fișier cu parola portalului</translation>
    </message>
    <message>
        <source>a file holding a bearer token</source>
        <translation>un fișier cu un token bearer</translation>
    </message>
    <message>
        <source>the CA the portal&apos;s HTTPS certificate must chain to (PEM)</source>
        <translation>CA-ul de care trebuie să depindă certificatul HTTPS al portalului (PEM)</translation>
    </message>
    <message>
        <source>outside the institution: send only de-identified copies</source>
        <translation>în afara instituției: trimite doar copii de-identificate</translation>
    </message>
    <message>
        <source>peers add NAME --dicomweb URL [--user U --password-file F | --token-file F] [--ca F] [--external]</source>
        <translation>peers add NUME --dicomweb URL [--user U --password-file F | --token-file F] [--ca F] [--external]</translation>
    </message>
    <message>
        <source>added portal %1: %2</source>
        <translation>portal adăugat %1: %2</translation>
    </message>
    <message>
        <source>, external: de-identified copies only</source>
        <translation>, extern: doar copii de-identificate</translation>
    </message>
    <message>
        <source>peers add NAME --aet AE --host HOST --port N [--tls [--certificate FILE]] [--external]</source>
        <translation>peers add NUME --aet AE --host GAZDĂ --port N [--tls [--certificate FIȘIER]] [--external]</translation>
    </message>
    <message>
        <source>DICOMweb</source>
        <translation>DICOMweb</translation>
    </message>
    <message>
        <source>HTTPS</source>
        <translation>HTTPS</translation>
    </message>
    <message>
        <source>external</source>
        <translation>extern</translation>
    </message>
    <message>
        <source>SCOPE</source>
        <translation>DOMENIU</translation>
    </message>
    <message>
        <source>%1 answered a DICOMweb query in %2 ms</source>
        <translation>%1 a răspuns la o interogare DICOMweb în %2 ms</translation>
    </message>
    <message>
        <source>job %1 → %2: %3; sent %4, already there %5, failed %6 of %7</source>
        <translation>sarcina %1 → %2: %3; trimise %4, deja acolo %5, eșuate %6 din %7</translation>
    </message>
    <message>
        <source>; check: %1</source>
        <translation>; verificare: %1</translation>
    </message>
    <message>
        <source>; %1</source>
        <translation>; %1</translation>
    </message>
    <message>
        <source>; next attempt in %1 s</source>
        <translation>; următoarea încercare peste %1 s</translation>
    </message>
    <message>
        <source>print the job as JSON</source>
        <translation>afișează sarcina ca JSON</translation>
    </message>
    <message>
        <source>send even what the peer has acknowledged before</source>
        <translation>trimite și ce partenerul a confirmat deja</translation>
    </message>
    <message>
        <source>only queue the job (dicomnet sync, or the window, runs it)</source>
        <translation>doar pune sarcina în coadă (o rulează dicomnet sync sau fereastra)</translation>
    </message>
    <message>
        <source>how long to keep trying an unreachable peer (default 60 s)</source>
        <translation>cât timp se reîncearcă un partener inaccesibil (implicit 60 s)</translation>
    </message>
    <message>
        <source>%1: trying again in %2 s</source>
        <translation>%1: se reîncearcă peste %2 s</translation>
    </message>
    <message>
        <source>job %1 stays queued: dicomnet sync (or the window) finishes it</source>
        <translation>sarcina %1 rămâne în coadă: o termină dicomnet sync (sau fereastra)</translation>
    </message>
    <message>
        <source>jobs [--json] | jobs show|retry|cancel ID</source>
        <translation>jobs [--json] | jobs show|retry|cancel ID</translation>
    </message>
    <message>
        <source>no job %1</source>
        <translation>nu există sarcina %1</translation>
    </message>
    <message>
        <source>PROBLEM</source>
        <translation>PROBLEMĂ</translation>
    </message>
    <message>
        <source>stop when no job is left to run (or all wait on unreachable peers longer than --wait)</source>
        <translation>oprește când nu mai e nicio sarcină de rulat (sau toate așteaptă parteneri inaccesibili mai mult decât --wait)</translation>
    </message>
    <message>
        <source>with --once: how long to wait for a retry (default 60 s)</source>
        <translation>cu --once: cât se așteaptă o reîncercare (implicit 60 s)</translation>
    </message>
    <message>
        <source>no job waits</source>
        <translation>nicio sarcină nu așteaptă</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>în așteptare</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>se trimite</translation>
    </message>
    <message>
        <source>retry at %1</source>
        <translation>reîncercare la %1</translation>
    </message>
    <message>
        <source>done</source>
        <translation>gata</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>eșuată</translation>
    </message>
    <message>
        <source>job %1 is not running or waiting</source>
        <translation>sarcina %1 nu rulează și nu așteaptă</translation>
    </message>
    <message>
        <source>no job %1 to retry</source>
        <translation>nu există sarcina %1 de reîncercat</translation>
    </message>
    <message>
        <source>a DICOMweb URL starts with https:// (or http://)</source>
        <translation>un URL DICOMweb începe cu https:// (sau http://)</translation>
    </message>
    <message>
        <source>--password-file goes with --user</source>
        <translation>--password-file merge cu --user</translation>
    </message>
    <message>
        <source>either --user with --password-file, or --token-file</source>
        <translation>fie --user cu --password-file, fie --token-file</translation>
    </message>
    <message>
        <source>%1 may have the patient&apos;s name burned into its pixels (Burned In Annotation %2): held back, not de-identified</source>
        <translation>%1 poate avea numele pacientului înscris în pixeli (Burned In Annotation %2): reținut, nu de-identificat</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>nespecificat</translation>
    </message>
    <message>
        <source>%1 refused the credentials (HTTP %2)</source>
        <translation>%1 a refuzat datele de autentificare (HTTP %2)</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2</source>
        <translation>%1 a răspuns HTTP %2</translation>
    </message>
    <message>
        <source>cannot reach %1: %2</source>
        <translation>%1 nu poate fi contactat: %2</translation>
    </message>
    <message>
        <source>refused (reason %1)</source>
        <translation>refuzat (motivul %1)</translation>
    </message>
    <message>
        <source>not acknowledged</source>
        <translation>neconfirmat</translation>
    </message>
    <message>
        <source>another dicomnet (process %1) is running the jobs; they are queued for it</source>
        <translation>alt dicomnet (procesul %1) rulează sarcinile; ele sunt în coadă pentru el</translation>
    </message>
    <message>
        <source>the credentials of %1 cannot be read from %2</source>
        <translation>datele de autentificare pentru %1 nu pot fi citite din %2</translation>
    </message>
    <message>
        <source>%1 needs TLS: run dicomnet certs init first</source>
        <translation>%1 are nevoie de TLS: rulați mai întâi dicomnet certs init</translation>
    </message>
    <message>
        <source>no longer in the cache</source>
        <translation>nu mai este în cache</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>întreruptă</translation>
    </message>
    <message>
        <source>the peer is busy</source>
        <translation>partenerul este ocupat</translation>
    </message>
    <message>
        <source>not verifiable: %1 does not answer C-FIND</source>
        <translation>neverificabil: %1 nu răspunde la C-FIND</translation>
    </message>
    <message>
        <source>sent, but the check failed: %1</source>
        <translation>trimis, dar verificarea a eșuat: %1</translation>
    </message>
    <message>
        <source>not verifiable: %1</source>
        <translation>neverificabil: %1</translation>
    </message>
    <message>
        <source>incomplete: %1 of %2 objects missing on %3</source>
        <translation>incomplet: lipsesc %1 din %2 obiecte pe %3</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) refused</source>
        <translation>
            <numerusform>%n obiect refuzat</numerusform>
            <numerusform>%n obiecte refuzate</numerusform>
            <numerusform>%n de obiecte refuzate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>queued %n send job(s) by the forwarding rules</source>
        <translation>
            <numerusform>s-a pus în coadă %n sarcină de trimitere după regulile de redirecționare</numerusform>
            <numerusform>s-au pus în coadă %n sarcini de trimitere după regulile de redirecționare</numerusform>
            <numerusform>s-au pus în coadă %n de sarcini de trimitere după regulile de redirecționare</numerusform>
        </translation>
    </message>
    <message>
        <source>the sender&apos;s AE title</source>
        <translation>titlul AE al expeditorului</translation>
    </message>
    <message>
        <source>a modality, e.g. CR</source>
        <translation>o modalitate, de ex. CR</translation>
    </message>
    <message>
        <source>the peer or portal to forward to</source>
        <translation>partenerul sau portalul către care se redirecționează</translation>
    </message>
    <message>
        <source>rules add [--from-ae AE] [--modality MOD] --to PEER | rules list [--json] | rules remove ID</source>
        <translation>rules add [--from-ae AE] [--modality MOD] --to PARTENER | rules list [--json] | rules remove ID</translation>
    </message>
    <message>
        <source>rule %1: what arrives from %2 (%3) goes to %4</source>
        <translation>regula %1: ce sosește de la %2 (%3) merge la %4</translation>
    </message>
    <message>
        <source>any modality</source>
        <translation>orice modalitate</translation>
    </message>
    <message>
        <source>RULE</source>
        <translation>REGULA</translation>
    </message>
    <message>
        <source>FROM AE</source>
        <translation>DE LA AE</translation>
    </message>
    <message>
        <source>MODALITY</source>
        <translation>MODALITATE</translation>
    </message>
    <message>
        <source>TO</source>
        <translation>CĂTRE</translation>
    </message>
    <message>
        <source>a rule needs a destination</source>
        <translation>o regulă are nevoie de o destinație</translation>
    </message>
    <message>
        <source>no rule %1</source>
        <translation>nu există regula %1</translation>
    </message>
    <message>
        <source>a slow link: send uncompressed images JPEG-LS lossless</source>
        <translation>o legătură lentă: trimite imaginile necomprimate JPEG-LS fără pierderi</translation>
    </message>
    <message>
        <source>; compression saved %1</source>
        <translation>; compresia a economisit %1</translation>
    </message>
    <message>
        <source>%1 cannot be written</source>
        <translation>%1 nu poate fi scris</translation>
    </message>
    <message numerus="yes">
        <source>fetched %n object(s) from the portals</source>
        <translation>
            <numerusform>s-a adus %n obiect de pe portaluri</numerusform>
            <numerusform>s-au adus %n obiecte de pe portaluri</numerusform>
            <numerusform>s-au adus %n de obiecte de pe portaluri</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 presented a certificate for another host name (%2)</source>
        <translation>%1 a prezentat un certificat pentru alt nume de gazdă (%2)</translation>
    </message>
    <message>
        <source>%1 presented a certificate outside its validity (%2)</source>
        <translation>%1 a prezentat un certificat în afara perioadei de valabilitate (%2)</translation>
    </message>
    <message>
        <source>%1 presented a certificate from a CA not trusted here (%2); give the portal&apos;s CA with `peers add … --ca FILE`</source>
        <translation>%1 a prezentat un certificat de la o autoritate care nu este de încredere aici (%2); indicați autoritatea portalului cu `peers add … --ca FIȘIER`</translation>
    </message>
    <message>
        <source>%1: the certificate was refused (%2)</source>
        <translation>%1: certificatul a fost refuzat (%2)</translation>
    </message>
    <message>
        <source>job %1 ← %2: %3; fetched %4, already here %5, failed %6 of %7</source>
        <translation>lucrarea %1 ← %2: %3; preluate %4, deja aici %5, eșuate %6 din %7</translation>
    </message>
    <message>
        <source>fetch from %1: %2</source>
        <translation>preluare de la %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a DICOMweb portal</source>
        <translation>%1 nu este un portal DICOMweb</translation>
    </message>
    <message>
        <source>not in the portal&apos;s answer</source>
        <translation>lipsește din răspunsul portalului</translation>
    </message>
    <message numerus="yes">
        <source>incomplete: %n object(s) not fetched</source>
        <translation>
            <numerusform>incomplet: %n obiect nepreluat</numerusform>
            <numerusform>incomplet: %n obiecte nepreluate</numerusform>
            <numerusform>incomplet: %n de obiecte nepreluate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) could not be fetched</source>
        <translation>
            <numerusform>%n obiect nu a putut fi preluat</numerusform>
            <numerusform>%n obiecte nu au putut fi preluate</numerusform>
            <numerusform>%n de obiecte nu au putut fi preluate</numerusform>
        </translation>
    </message>
    <message>
        <source>sent to %1</source>
        <translation>trimis la %1</translation>
    </message>
    <message>
        <source>sent to %1, waiting for the answer</source>
        <translation>trimis la %1, se așteaptă răspunsul</translation>
    </message>
    <message>
        <source>sending to %1 failed</source>
        <translation>trimiterea la %1 a eșuat</translation>
    </message>
    <message>
        <source>sending to %1 (retrying)</source>
        <translation>se trimite la %1 (reîncercare)</translation>
    </message>
    <message>
        <source>sending to %1</source>
        <translation>se trimite la %1</translation>
    </message>
    <message>
        <source>a portal needs --study for that</source>
        <translation>un portal are nevoie de --study pentru aceasta</translation>
    </message>
    <message>
        <source>a portal needs --series too</source>
        <translation>un portal are nevoie și de --series</translation>
    </message>
    <message>
        <source>all of it is in the cache already (or on its way in)</source>
        <translation>totul este deja în cache (sau pe drum)</translation>
    </message>
    <message>
        <source>queued as job %1: %2</source>
        <translation>pus în coadă ca lucrarea %1: %2</translation>
    </message>
    <message>
        <source>retrieved %1 object(s) from %2 by WADO-RS in %3 s (%4 failed); job %5: %6</source>
        <translation>preluate %1 obiect(e) de la %2 prin WADO-RS în %3 s (%4 eșuate); lucrarea %5: %6</translation>
    </message>
    <message>
        <source>a query of series needs the study</source>
        <translation>o interogare a seriilor are nevoie de studiu</translation>
    </message>
    <message>
        <source>a query of instances needs the series</source>
        <translation>o interogare a instanțelor are nevoie de serie</translation>
    </message>
    <message>
        <source>%1 holds nothing of %2</source>
        <translation>%1 nu are nimic din %2</translation>
    </message>
    <message>
        <source>%1 does not answer C-FIND</source>
        <translation>%1 nu răspunde la C-FIND</translation>
    </message>
    <message>
        <source>rejected: sequences nested deeper than %1</source>
        <translation>respins: secvențe imbricate mai adânc de %1</translation>
    </message>
    <message>
        <source>rejected: more than %1 elements</source>
        <translation>respins: mai mult de %1 elemente</translation>
    </message>
    <message>
        <source>truncated or lying length: element %1 claims %2 bytes, only %3 follow</source>
        <translation>trunchiat sau lungime falsă: elementul %1 declară %2 octeți, urmează doar %3</translation>
    </message>
    <message>
        <source>the data does not match its declared transfer syntax: element %1 has no valid value representation</source>
        <translation>datele nu corespund sintaxei de transfer declarate: elementul %1 nu are o reprezentare a valorii validă</translation>
    </message>
    <message>
        <source>truncated: a sequence is not closed before the end</source>
        <translation>trunchiat: o secvență nu este închisă înainte de sfârșit</translation>
    </message>
    <message>
        <source>truncated: an item is not closed before the end</source>
        <translation>trunchiat: un item nu este închis înainte de sfârșit</translation>
    </message>
    <message>
        <source>truncated: %1 bytes left where an element should start</source>
        <translation>trunchiat: au rămas %1 octeți acolo unde ar trebui să înceapă un element</translation>
    </message>
    <message>
        <source>damaged: element %1 where a sequence item should be</source>
        <translation>deteriorat: elementul %1 acolo unde ar trebui să fie un item de secvență</translation>
    </message>
    <message>
        <source>damaged: element %1 inside encapsulated pixel data</source>
        <translation>deteriorat: elementul %1 în interiorul datelor de pixeli încapsulate</translation>
    </message>
    <message>
        <source>damaged: item %1 where an element should be</source>
        <translation>deteriorat: itemul %1 acolo unde ar trebui să fie un element</translation>
    </message>
    <message>
        <source>cannot inflate</source>
        <translation>nu se poate decomprima</translation>
    </message>
    <message>
        <source>rejected: the deflated data set expands beyond %1 MB</source>
        <translation>respins: setul de date comprimat se extinde peste %1 MB</translation>
    </message>
    <message>
        <source>damaged: the deflated data set cannot be inflated</source>
        <translation>deteriorat: setul de date comprimat nu poate fi decomprimat</translation>
    </message>
    <message>
        <source>rejected: larger than %1 MB</source>
        <translation>respins: mai mare de %1 MB</translation>
    </message>
    <message>
        <source>damaged: the file meta information is not readable</source>
        <translation>deteriorat: metainformația fișierului nu poate fi citită</translation>
    </message>
    <message>
        <source>damaged: the file meta information holds a sequence</source>
        <translation>deteriorat: metainformația fișierului conține o secvență</translation>
    </message>
    <message>
        <source>truncated or lying length: meta element (0002,%1) claims %2 bytes</source>
        <translation>trunchiat sau lungime falsă: elementul meta (0002,%1) declară %2 octeți</translation>
    </message>
    <message>
        <source>ID %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <source>without ID or name</source>
        <translation>fără ID sau nume</translation>
    </message>
    <message>
        <source>instance %1 is stored in series %2; this object puts it in series %3</source>
        <translation>instanța %1 este salvată în seria %2; acest obiect o pune în seria %3</translation>
    </message>
    <message>
        <source>instance %1 is stored with other content (SOP class %2, %3×%4, %5 frames); this object has SOP class %6, %7×%8, %9 frames</source>
        <translation>instanța %1 este salvată cu alt conținut (clasa SOP %2, %3×%4, %5 cadre); acest obiect are clasa SOP %6, %7×%8, %9 cadre</translation>
    </message>
    <message>
        <source>series %1 belongs to study %2; this object puts it in study %3</source>
        <translation>seria %1 aparține studiului %2; acest obiect o pune în studiul %3</translation>
    </message>
    <message>
        <source>study %1 belongs to patient %2; this object names patient %3</source>
        <translation>studiul %1 aparține pacientului %2; acest obiect numește pacientul %3</translation>
    </message>
    <message>
        <source>the answer is not multipart (no boundary)</source>
        <translation>răspunsul nu este multipart (fără delimitator)</translation>
    </message>
    <message>
        <source>dropped a caller from %1: %2</source>
        <translation>a fost deconectat un apelant de la %1: %2</translation>
    </message>
    <message>
        <source>refused a connection from %1: it holds %2 already</source>
        <translation>a fost refuzată o conexiune de la %1: are deja %2 conexiuni</translation>
    </message>
    <message>
        <source>refused a connection from %1: %2 are open</source>
        <translation>a fost refuzată o conexiune de la %1: sunt deschise %2 conexiuni</translation>
    </message>
    <message>
        <source>unknown transfer syntax %1</source>
        <translation>sintaxă de transfer necunoscută %1</translation>
    </message>
    <message>
        <source>the identifier cannot be read: %1</source>
        <translation>identificatorul nu poate fi citit: %1</translation>
    </message>
    <message>
        <source>the identifier is larger than %1 bytes</source>
        <translation>identificatorul depășește %1 octeți</translation>
    </message>
    <message>
        <source>the image is too large to show: %1×%2, %3 frames (%4 MB decoded, %5 MB at most)</source>
        <translation>imaginea este prea mare pentru afișare: %1×%2, %3 cadre (%4 MB decodificat, cel mult %5 MB)</translation>
    </message>
    <message>
        <source>damaged JPEG data: marker FF01 before the frame header</source>
        <translation>date JPEG deteriorate: marcajul FF01 înaintea antetului cadrului</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Parola pentru %1: </translation>
    </message>
    <message>
        <source>The same again: </source>
        <translation>Încă o dată aceeași: </translation>
    </message>
    <message>
        <source>the two passwords differ; nothing was changed</source>
        <translation>cele două parole diferă; nu s-a schimbat nimic</translation>
    </message>
    <message>
        <source>users add LOGIN --name &quot;FAMILY^GIVEN&quot; --role ROLE [--cert FILE] [--password-file FILE]</source>
        <translation>users add LOGIN --name &quot;NUME^PRENUME&quot; --role ROL [--cert FIȘIER] [--password-file FIȘIER]</translation>
    </message>
    <message>
        <source>a user needs a password (--password-file, or typed)</source>
        <translation>un utilizator are nevoie de o parolă (--password-file sau tastată)</translation>
    </message>
    <message>
        <source>added %1 (%2) as %3</source>
        <translation>adăugat %1 (%2) ca %3</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>dezactivat</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>activ</translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation>LOGIN</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROL</translation>
    </message>
    <message>
        <source>SIGNING CERTIFICATE</source>
        <translation>CERTIFICAT DE SEMNARE</translation>
    </message>
    <message>
        <source>the password of %1 is changed</source>
        <translation>parola lui %1 a fost schimbată</translation>
    </message>
    <message>
        <source>the full name as a DICOM Person Name, e.g. Rusu^Ana</source>
        <translation>numele complet ca DICOM Person Name, de ex. Rusu^Ana</translation>
    </message>
    <message>
        <source>technician, radiologist, consultant or administrator</source>
        <translation>technician, radiologist, consultant sau administrator</translation>
    </message>
    <message>
        <source>the person&apos;s signing certificate (PEM, from certs person)</source>
        <translation>certificatul de semnare al persoanei (PEM, din certs person)</translation>
    </message>
    <message>
        <source>a file whose first line is the password</source>
        <translation>un fișier al cărui prim rând este parola</translation>
    </message>
    <message>
        <source>%1 is disabled: it can no longer sign in</source>
        <translation>%1 este dezactivat: nu se mai poate autentifica</translation>
    </message>
    <message>
        <source>%1 is enabled</source>
        <translation>%1 este activ</translation>
    </message>
    <message>
        <source>users add|list|disable|enable|passwd</source>
        <translation>users add|list|disable|enable|passwd</translation>
    </message>
    <message>
        <source>a user &quot;%1&quot; already exists</source>
        <translation>utilizatorul „%1” există deja</translation>
    </message>
    <message>
        <source>no user &quot;%1&quot;</source>
        <translation>niciun utilizator „%1”</translation>
    </message>
    <message>
        <source>a password needs at least %1 characters</source>
        <translation>o parolă are cel puțin %1 caractere</translation>
    </message>
    <message>
        <source>a password has at most 1024 characters</source>
        <translation>o parolă are cel mult 1024 de caractere</translation>
    </message>
    <message>
        <source>a password is one line of text</source>
        <translation>o parolă este un singur rând de text</translation>
    </message>
    <message>
        <source>the system gives no random numbers for a password&apos;s salt</source>
        <translation>sistemul nu dă numere aleatoare pentru sarea parolei</translation>
    </message>
    <message>
        <source>cannot hash the password (scrypt)</source>
        <translation>parola nu poate fi transformată în hash (scrypt)</translation>
    </message>
    <message>
        <source>a login is 1 to 64 lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter: &quot;%1&quot;</source>
        <translation>un login are 1–64 litere mici, cifre, „.”, „_” sau „-”, începând cu o literă: „%1”</translation>
    </message>
    <message>
        <source>a name starts with the family name, e.g. Rusu^Ana</source>
        <translation>un nume începe cu numele de familie, de ex. Rusu^Ana</translation>
    </message>
    <message>
        <source>a name has at most five parts separated by &apos;^&apos;: family, given, middle, prefix, suffix</source>
        <translation>un nume are cel mult cinci părți separate prin „^”: familie, prenume, al doilea prenume, prefix, sufix</translation>
    </message>
    <message>
        <source>each part of a name has at most 64 characters</source>
        <translation>fiecare parte a unui nume are cel mult 64 de caractere</translation>
    </message>
    <message>
        <source>a name may not hold &apos;\&apos;, &apos;=&apos; or control characters</source>
        <translation>un nume nu poate conține „\”, „=” sau caractere de control</translation>
    </message>
    <message>
        <source>the role is one of %1: &quot;%2&quot;</source>
        <translation>rolul este unul dintre %1: „%2”</translation>
    </message>
    <message>
        <source>%1 cannot be read as a certificate</source>
        <translation>%1 nu poate fi citit ca certificat</translation>
    </message>
    <message>
        <source>%1 is the last enabled administrator: add or enable another one first</source>
        <translation>%1 este ultimul administrator activ: adăugați sau activați mai întâi altul</translation>
    </message>
    <message>
        <source>wrong login or password</source>
        <translation>login sau parolă greșită</translation>
    </message>
    <message>
        <source>the account %1 is disabled</source>
        <translation>contul %1 este dezactivat</translation>
    </message>
    <message>
        <source>the audit trail was tampered with: record %1: %2</source>
        <translation>jurnalul de audit a fost modificat: înregistrarea %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>the audit trail is whole: %n record(s), each following the one before</source>
        <translation>
            <numerusform>jurnalul de audit este întreg: %n înregistrare, fiecare urmând-o pe cea dinainte</numerusform>
            <numerusform>jurnalul de audit este întreg: %n înregistrări, fiecare urmând-o pe cea dinainte</numerusform>
            <numerusform>jurnalul de audit este întreg: %n de înregistrări, fiecare urmând-o pe cea dinainte</numerusform>
        </translation>
    </message>
    <message>
        <source>only records about this patient ID</source>
        <translation>doar înregistrările despre acest ID de pacient</translation>
    </message>
    <message>
        <source>only records of this user</source>
        <translation>doar înregistrările acestui utilizator</translation>
    </message>
    <message>
        <source>only records from this day on</source>
        <translation>doar înregistrările începând cu această zi</translation>
    </message>
    <message>
        <source>--since takes YYYY-MM-DD</source>
        <translation>--since primește AAAA-LL-ZZ</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>NR</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>ORA</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>UTILIZATOR</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>ACȚIUNE</translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <translation>REZULTAT</translation>
    </message>
    <message>
        <source>PATIENT</source>
        <translation>PACIENT</translation>
    </message>
    <message>
        <source>WHAT</source>
        <translation>CE</translation>
    </message>
    <message>
        <source>cannot use the audit trail: %1</source>
        <translation>jurnalul de audit nu poate fi folosit: %1</translation>
    </message>
    <message>
        <source>records before it are missing (expected number %1)</source>
        <translation>lipsesc înregistrări dinaintea ei (se aștepta numărul %1)</translation>
    </message>
    <message>
        <source>it does not follow the record before it (removed or moved)</source>
        <translation>nu urmează înregistrarea dinaintea ei (ștearsă sau mutată)</translation>
    </message>
    <message>
        <source>its content was changed</source>
        <translation>conținutul ei a fost schimbat</translation>
    </message>
    <message>
        <source>done, but the audit trail cannot record it: %1</source>
        <translation>făcut, dar jurnalul de audit nu îl poate înregistra: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) to %1</source>
        <translation>
            <numerusform>%n obiect în %1</numerusform>
            <numerusform>%n obiecte în %1</numerusform>
            <numerusform>%n de obiecte în %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 de-identified copies to %2, %3 held back</source>
        <translation>%1 copii de-identificate în %2, %3 reținute</translation>
    </message>
    <message>
        <source>list studies</source>
        <translation>listeze studiile</translation>
    </message>
    <message>
        <source>open images</source>
        <translation>deschidă imagini</translation>
    </message>
    <message>
        <source>import</source>
        <translation>importe</translation>
    </message>
    <message>
        <source>receive studies</source>
        <translation>primească studii</translation>
    </message>
    <message>
        <source>send studies</source>
        <translation>trimită studii</translation>
    </message>
    <message>
        <source>request a consultation</source>
        <translation>ceară o consultație</translation>
    </message>
    <message>
        <source>write a consultation</source>
        <translation>scrie o consultație</translation>
    </message>
    <message>
        <source>sign a consultation</source>
        <translation>semneze o consultație</translation>
    </message>
    <message>
        <source>amend a consultation</source>
        <translation>modifice o consultație</translation>
    </message>
    <message>
        <source>export</source>
        <translation>exporte</translation>
    </message>
    <message>
        <source>anonymize</source>
        <translation>anonimizeze</translation>
    </message>
    <message>
        <source>query and retrieve from peers</source>
        <translation>interogheze și aducă de la parteneri</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>administreze utilizatorii</translation>
    </message>
    <message>
        <source>manage peers</source>
        <translation>administreze partenerii</translation>
    </message>
    <message>
        <source>manage forwarding rules</source>
        <translation>administreze regulile de redirecționare</translation>
    </message>
    <message>
        <source>manage certificates</source>
        <translation>administreze certificatele</translation>
    </message>
    <message>
        <source>read the audit trail</source>
        <translation>citească jurnalul de audit</translation>
    </message>
    <message>
        <source>look after the cache and its jobs</source>
        <translation>întrețină cache-ul și sarcinile lui</translation>
    </message>
    <message>
        <source>%1 (%2) may not %3: that needs the role %4</source>
        <translation>%1 (%2) nu poate să %3: este nevoie de rolul %4</translation>
    </message>
    <message>
        <source> or </source>
        <translation> sau </translation>
    </message>
    <message>
        <source>the first user is an administrator (--role administrator); the others follow</source>
        <translation>primul utilizator este un administrator (--role administrator); ceilalți urmează</translation>
    </message>
    <message>
        <source>First start of %1: how will this workstation be used?
  1  with users: create the administrator now; everyone signs in
  2  single-user: one person, no sign-in
</source>
        <translation>Prima pornire a %1: cum va fi folosită această stație?
  1  cu utilizatori: creați acum administratorul; fiecare se autentifică
  2  un singur utilizator: o persoană, fără autentificare
</translation>
    </message>
    <message>
        <source>Choice [1/2]: </source>
        <translation>Alegerea [1/2]: </translation>
    </message>
    <message>
        <source>nothing chosen; nothing was changed</source>
        <translation>nu s-a ales nimic; nimic nu s-a schimbat</translation>
    </message>
    <message>
        <source>Administrator&apos;s login: </source>
        <translation>Numele de autentificare al administratorului: </translation>
    </message>
    <message>
        <source>Full name (Family^Given): </source>
        <translation>Numele complet (Nume^Prenume): </translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>Aceeași parolă din nou: </translation>
    </message>
    <message>
        <source>--admin-password-file needs --user LOGIN: the administrator&apos;s login</source>
        <translation>--admin-password-file cere --user LOGIN: numele de autentificare al administratorului</translation>
    </message>
    <message>
        <source>%1 has not chosen how it is used yet: create the administrator (--user LOGIN --admin-password-file FILE, or run dicomnet on a terminal to be asked) or work alone without sign-in (--single-user, or DICOMNET_SINGLE_USER=1)</source>
        <translation>%1 nu a ales încă modul de folosire: creați administratorul (--user LOGIN --admin-password-file FIȘIER, sau rulați dicomnet într-un terminal pentru a fi întrebat) sau lucrați singur fără autentificare (--single-user, sau DICOMNET_SINGLE_USER=1)</translation>
    </message>
    <message>
        <source>signed in as %1 (%2): --%3 is who signs in; leave it out</source>
        <translation>autentificat ca %1 (%2): --%3 este cel autentificat; omiteți-l</translation>
    </message>
    <message>
        <source>%1 is not the signing certificate registered for %2</source>
        <translation>%1 nu este certificatul de semnare înregistrat pentru %2</translation>
    </message>
    <message>
        <source>this workstation has users: single-user mode is not possible any more; sign in with --user LOGIN</source>
        <translation>această stație are utilizatori: modul cu un singur utilizator nu mai este posibil; autentificați-vă cu --user LOGIN</translation>
    </message>
    <message>
        <source>the first user is an administrator</source>
        <translation>primul utilizator este un administrator</translation>
    </message>
    <message>
        <source>the first administrator needs a password: without one nobody could sign in</source>
        <translation>primul administrator are nevoie de o parolă: fără ea nimeni nu s-ar putea autentifica</translation>
    </message>
    <message>
        <source>this workstation has users: sign in with --user LOGIN [--password-file FILE], or start a session (dicomnet --user LOGIN session start)</source>
        <translation>această stație are utilizatori: autentificați-vă cu --user LOGIN [--password-file FIȘIER] sau porniți o sesiune (dicomnet --user LOGIN session start)</translation>
    </message>
    <message>
        <source>how long the session holds</source>
        <translation>cât durează sesiunea</translation>
    </message>
    <message>
        <source>session start [--minutes N] | session end | session status</source>
        <translation>session start [--minutes N] | session end | session status</translation>
    </message>
    <message>
        <source>--minutes takes a number</source>
        <translation>--minutes cere un număr</translation>
    </message>
    <message>
        <source>signed in as %1 until %2 (%3)</source>
        <translation>autentificat ca %1 până la %2 (%3)</translation>
    </message>
    <message>
        <source>the session has ended</source>
        <translation>sesiunea s-a încheiat</translation>
    </message>
    <message>
        <source>nobody is signed in</source>
        <translation>nimeni nu este autentificat</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>cannot make the folder %1</source>
        <translation>nu se poate crea dosarul %1</translation>
    </message>
    <message>
        <source>%1 is not a session file of yours that only you may read; it is not used (dicomnet session end removes it)</source>
        <translation>%1 nu este un fișier de sesiune al dvs. pe care doar dvs. îl puteți citi; nu este folosit (dicomnet session end îl șterge)</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>nu se poate citi %1</translation>
    </message>
    <message>
        <source>%1 is not a dicomnet session file</source>
        <translation>%1 nu este un fișier de sesiune dicomnet</translation>
    </message>
    <message>
        <source>a session needs someone signed in (--user LOGIN)</source>
        <translation>o sesiune cere pe cineva autentificat (--user LOGIN)</translation>
    </message>
    <message>
        <source>a session lasts 1 to 720 minutes</source>
        <translation>o sesiune durează între 1 și 720 de minute</translation>
    </message>
    <message>
        <source>; sign in with --user LOGIN (dicomnet session start opens a new session)</source>
        <translation>; autentificați-vă cu --user LOGIN (dicomnet session start deschide o sesiune nouă)</translation>
    </message>
    <message>
        <source>the session file holds no session of this workstation</source>
        <translation>fișierul de sesiune nu conține nicio sesiune a acestei stații</translation>
    </message>
    <message>
        <source>the session was opened on another machine</source>
        <translation>sesiunea a fost deschisă pe alt calculator</translation>
    </message>
    <message>
        <source>the session expired at %1</source>
        <translation>sesiunea a expirat la %1</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>nu se poate șterge %1</translation>
    </message>
    <message>
        <source>the user it is shared with</source>
        <translation>utilizatorul cu care este partajat</translation>
    </message>
    <message>
        <source>share STUDY_UID --with LOGIN</source>
        <translation>share STUDY_UID --with LOGIN</translation>
    </message>
    <message>
        <source>%1 is shared with %2</source>
        <translation>%1 este partajat cu %2</translation>
    </message>
    <message>
        <source>%1 is not a study in the cache</source>
        <translation>%1 nu este un studiu din cache</translation>
    </message>
    <message>
        <source>no user %1</source>
        <translation>nu există utilizatorul %1</translation>
    </message>
    <message>
        <source>%1 (%2) may not open %3: it is not shared with them</source>
        <translation>%1 (%2) nu poate deschide %3: nu este partajat cu el</translation>
    </message>
    <message numerus="yes">
        <source>%n seal(s) genuine; sealed through record %1</source>
        <translation>
            <numerusform>%n sigiliu autentic; sigilat până la înregistrarea %1</numerusform>
            <numerusform>%n sigilii autentice; sigilat până la înregistrarea %1</numerusform>
            <numerusform>%n de sigilii autentice; sigilat până la înregistrarea %1</numerusform>
        </translation>
    </message>
    <message>
        <source>no seal yet (dicomnet audit seal): the newest records could be removed unseen</source>
        <translation>niciun sigiliu încă (dicomnet audit seal): cele mai noi înregistrări ar putea fi șterse neobservat</translation>
    </message>
    <message>
        <source>nothing new to seal</source>
        <translation>nimic nou de sigilat</translation>
    </message>
    <message>
        <source>sealed through record %1</source>
        <translation>sigilat până la înregistrarea %1</translation>
    </message>
    <message>
        <source>cannot read this node&apos;s key %1</source>
        <translation>nu se poate citi cheia acestui nod %1</translation>
    </message>
    <message>
        <source>cannot sign with %1</source>
        <translation>nu se poate semna cu %1</translation>
    </message>
    <message>
        <source>no key to seal the audit trail with: make this node&apos;s certificate first (dicomnet certs init)</source>
        <translation>nicio cheie pentru sigilarea jurnalului de audit: creați mai întâi certificatul acestui nod (dicomnet certs init)</translation>
    </message>
    <message>
        <source>its seal of %1 is not genuine (forged, or not signed by a certificate of this site)</source>
        <translation>sigiliul său din %1 nu este autentic (falsificat sau nesemnat de un certificat al acestui sit)</translation>
    </message>
    <message>
        <source>it was sealed on %1 and is missing (removed)</source>
        <translation>a fost sigilată la %1 și lipsește (ștearsă)</translation>
    </message>
    <message>
        <source>it was sealed on %1 and its chain was rewritten since</source>
        <translation>a fost sigilată la %1 și lanțul a fost rescris de atunci</translation>
    </message>
    <message>
        <source>cannot append to %1: %2</source>
        <translation>nu se poate adăuga la %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) appended to %1</source>
        <translation>
            <numerusform>%n mesaj adăugat la %1</numerusform>
            <numerusform>%n mesaje adăugate la %1</numerusform>
            <numerusform>%n de mesaje adăugate la %1</numerusform>
        </translation>
    </message>
    <message>
        <source>the audit trail is not forwarded any more</source>
        <translation>jurnalul de audit nu mai este transmis</translation>
    </message>
    <message>
        <source>--to takes HOST:PORT</source>
        <translation>--to cere GAZDĂ:PORT</translation>
    </message>
    <message>
        <source>no audit collector is set (audit forward --to HOST:PORT)</source>
        <translation>niciun colector de audit nu este setat (audit forward --to GAZDĂ:PORT)</translation>
    </message>
    <message>
        <source>to %1:%2, through record %3%4</source>
        <translation>către %1:%2, până la înregistrarea %3%4</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) forwarded to %1:%2</source>
        <translation>
            <numerusform>%n înregistrare transmisă către %1:%2</numerusform>
            <numerusform>%n înregistrări transmise către %1:%2</numerusform>
            <numerusform>%n de înregistrări transmise către %1:%2</numerusform>
        </translation>
    </message>
    <message>
        <source>DICOM audit messages (PS3.15 A.5), one per line</source>
        <translation>mesaje de audit DICOM (PS3.15 A.5), câte unul pe linie</translation>
    </message>
    <message>
        <source>forward: the syslog collector (TLS)</source>
        <translation>forward: colectorul syslog (TLS)</translation>
    </message>
    <message>
        <source>forward: the CA its certificate is checked against</source>
        <translation>forward: CA-ul cu care se verifică certificatul său</translation>
    </message>
    <message>
        <source>forward: stop forwarding</source>
        <translation>forward: oprește transmiterea</translation>
    </message>
    <message>
        <source>forward: how far it got</source>
        <translation>forward: cât s-a transmis</translation>
    </message>
    <message>
        <source>with --atna: append them to this file</source>
        <translation>cu --atna: adăugați-le la acest fișier</translation>
    </message>
    <message>
        <source>audit [--patient ID] [--user LOGIN] [--since YYYY-MM-DD] [--json | --atna [--append FILE]] | audit verify | audit seal | audit forward [--to HOST:PORT [--ca FILE] | --off | --status]</source>
        <translation>audit [--patient ID] [--user LOGIN] [--since AAAA-LL-ZZ] [--json | --atna [--append FIȘIER]] | audit verify | audit seal | audit forward [--to GAZDĂ:PORT [--ca FIȘIER] | --off | --status]</translation>
    </message>
    <message>
        <source>--append goes with --atna</source>
        <translation>--append merge cu --atna</translation>
    </message>
    <message>
        <source>no CA certificate in %1</source>
        <translation>niciun certificat CA în %1</translation>
    </message>
    <message>
        <source>cannot reach the audit collector %1: %2</source>
        <translation>colectorul de audit %1 nu poate fi contactat: %2</translation>
    </message>
    <message>
        <source>the audit collector %1 stopped taking messages: %2</source>
        <translation>colectorul de audit %1 nu mai primește mesaje: %2</translation>
    </message>
    <message>
        <source>the collector is HOST:PORT</source>
        <translation>colectorul este GAZDĂ:PORT</translation>
    </message>
    <message>
        <source>no CA certificate to check the collector with (%1); give --ca FILE or make the site&apos;s (dicomnet certs init)</source>
        <translation>niciun certificat CA pentru verificarea colectorului (%1); dați --ca FIȘIER sau creați-l pe cel al sitului (dicomnet certs init)</translation>
    </message>
    <message>
        <source>%1; the records after %2 wait for the next attempt</source>
        <translation>%1; înregistrările de după %2 așteaptă următoarea încercare</translation>
    </message>
    <message>
        <source>studies from this day on</source>
        <translation>studiile începând cu această zi</translation>
    </message>
    <message>
        <source>studies up to this day</source>
        <translation>studiile până la această zi</translation>
    </message>
    <message>
        <source>comma-separated values</source>
        <translation>valori separate prin virgulă</translation>
    </message>
    <message>
        <source>--from and --to take YYYY-MM-DD</source>
        <translation>--from și --to cer AAAA-LL-ZZ</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>SURSĂ</translation>
    </message>
    <message>
        <source>PERIOD</source>
        <translation>PERIOADĂ</translation>
    </message>
    <message>
        <source>total: %1 studies, %2 images</source>
        <translation>total: %1 studii, %2 imagini</translation>
    </message>
    <message>
        <source>our AE title (default: this workstation&apos;s, else DICOMNET)</source>
        <translation>titlul nostru AE (implicit: al acestei stații, altfel DICOMNET)</translation>
    </message>
    <message>
        <source>portal init DIR --host NAME --workstation NAME=AE[@HOST[:PORT]]... [--name N] [--aet AE] [--dicom-port N] [--https-port N] [--http-port N] [--postgres-port N]</source>
        <translation>portal init DIR --host NUME --workstation NUME=AE[@GAZDĂ[:PORT]]... [--name N] [--aet AE] [--dicom-port N] [--https-port N] [--http-port N] [--postgres-port N]</translation>
    </message>
    <message>
        <source>--%1 takes a port number</source>
        <translation>--%1 cere un număr de port</translation>
    </message>
    <message>
        <source>the portal&apos;s configuration is in %1 (README.txt says what is where)</source>
        <translation>configurația portalului este în %1 (README.txt spune ce unde se află)</translation>
    </message>
    <message>
        <source>on the portal machine, as root: %1/portal.sh start</source>
        <translation>pe mașina portalului, ca root: %1/portal.sh start</translation>
    </message>
    <message>
        <source>for %1: copy %2/join/%1 there privately, then: dicomnet portal join FOLDER</source>
        <translation>pentru %1: copiați %2/join/%1 acolo în mod privat, apoi: dicomnet portal join DOSAR</translation>
    </message>
    <message>
        <source>portal join FOLDER</source>
        <translation>portal join DOSAR</translation>
    </message>
    <message>
        <source>joined the portal %1 as %2: peers %3 (DICOMweb, HTTPS) and %4 (DICOM TLS)</source>
        <translation>alăturat portalului %1 ca %2: parteneri %3 (DICOMweb, HTTPS) și %4 (DICOM TLS)</translation>
    </message>
    <message>
        <source>the portal machine&apos;s name, as workstations reach it</source>
        <translation>numele mașinii portalului, cum îl ating stațiile</translation>
    </message>
    <message>
        <source>a workstation: its name, the AE title it calls with, where the portal reaches it (repeat for each)</source>
        <translation>o stație: numele ei, titlul AE cu care apelează, unde o atinge portalul (repetați pentru fiecare)</translation>
    </message>
    <message>
        <source>the peer name workstations give the portal (default dept)</source>
        <translation>numele de partener dat portalului de stații (implicit dept)</translation>
    </message>
    <message>
        <source>the portal&apos;s AE title (default DEPT)</source>
        <translation>titlul AE al portalului (implicit DEPT)</translation>
    </message>
    <message>
        <source>DICOM TLS port (default 4242)</source>
        <translation>portul DICOM TLS (implicit 4242)</translation>
    </message>
    <message>
        <source>DICOMweb HTTPS port (default 8443)</source>
        <translation>portul HTTPS DICOMweb (implicit 8443)</translation>
    </message>
    <message>
        <source>Orthanc&apos;s own HTTP port, loopback only (default 8042)</source>
        <translation>portul HTTP propriu al Orthanc, doar loopback (implicit 8042)</translation>
    </message>
    <message>
        <source>PostgreSQL&apos;s port, a local socket only (default 5432)</source>
        <translation>portul PostgreSQL, doar un socket local (implicit 5432)</translation>
    </message>
    <message>
        <source>portal needs init or join</source>
        <translation>portal cere init sau join</translation>
    </message>
    <message>
        <source>%1 broke off its answer</source>
        <translation>%1 și-a întrerupt răspunsul</translation>
    </message>
    <message>
        <source>%1 is too large</source>
        <translation>%1 este prea mare</translation>
    </message>
    <message>
        <source>this workstation already has another site CA (%1); joining would replace it and cut it off from its present peers: move that certs folder away first</source>
        <translation>această stație are deja altă CA de sit (%1); alăturarea ar înlocui-o și ar tăia-o de partenerii actuali: mutați întâi acel dosar certs</translation>
    </message>
    <message>
        <source>%1 is not a folder written by dicomnet portal init</source>
        <translation>%1 nu este un dosar scris de dicomnet portal init</translation>
    </message>
    <message>
        <source>a peer named &quot;%1&quot; exists already (dicomnet peers remove %1, then join again)</source>
        <translation>un partener numit „%1” există deja (dicomnet peers remove %1, apoi join din nou)</translation>
    </message>
    <message>
        <source>no random bytes from OpenSSL</source>
        <translation>OpenSSL nu a dat octeți aleatori</translation>
    </message>
    <message>
        <source>--host takes the portal machine&apos;s name (letters, digits, &apos;.&apos;, &apos;-&apos;)</source>
        <translation>--host cere numele mașinii portalului (litere, cifre, „.”, „-”)</translation>
    </message>
    <message>
        <source>--name takes letters, digits, &apos;-&apos; and &apos;_&apos;</source>
        <translation>--name acceptă litere, cifre, „-” și „_”</translation>
    </message>
    <message>
        <source>the portal&apos;s four ports must differ</source>
        <translation>cele patru porturi ale portalului trebuie să difere</translation>
    </message>
    <message>
        <source>ports take 1 to 65535</source>
        <translation>porturile iau valori de la 1 la 65535</translation>
    </message>
    <message>
        <source>name the workstations that use the portal (--workstation)</source>
        <translation>numiți stațiile care folosesc portalul (--workstation)</translation>
    </message>
    <message>
        <source>the workstation %1 is named twice</source>
        <translation>stația %1 este numită de două ori</translation>
    </message>
    <message>
        <source>the AE title %1 is given twice</source>
        <translation>titlul AE %1 este dat de două ori</translation>
    </message>
    <message>
        <source>the template %1 is missing from this build</source>
        <translation>șablonul %1 lipsește din această versiune</translation>
    </message>
    <message>
        <source>cannot copy %1 to %2</source>
        <translation>nu se poate copia %1 în %2</translation>
    </message>
    <message>
        <source>--workstation takes NAME=AE[@HOST[:PORT]], not &quot;%1&quot;</source>
        <translation>--workstation cere NUME=AE[@GAZDĂ[:PORT]], nu „%1”</translation>
    </message>
    <message>
        <source>a workstation&apos;s name takes letters, digits, &apos;-&apos; and &apos;_&apos;, not &quot;%1&quot;</source>
        <translation>numele unei stații acceptă litere, cifre, „-” și „_”, nu „%1”</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a host name and a port of 1 to 65535</source>
        <translation>„%1”: un nume de gazdă și un port de la 1 la 65535</translation>
    </message>
    <message>
        <source>the portal&apos;s certificates come from the site CA: run dicomnet certs init on this workstation first</source>
        <translation>certificatele portalului vin de la CA-ul sitului: rulați întâi dicomnet certs init pe această stație</translation>
    </message>
    <message>
        <source>%1 is not empty: portal init writes a new folder</source>
        <translation>%1 nu este gol: portal init scrie un dosar nou</translation>
    </message>
    <message>
        <source>no cost per exam is set (dicomnet stats cost 4.10 EUR)</source>
        <translation>nu este stabilit costul unei examinări (dicomnet stats cost 4.10 EUR)</translation>
    </message>
    <message>
        <source>one exam on film and paper: %1</source>
        <translation>o examinare pe film și hârtie: %1</translation>
    </message>
    <message>
        <source>stats cost AMOUNT [CURRENCY], e.g. stats cost 4.10 EUR</source>
        <translation>stats cost SUMĂ [MONEDĂ], de ex. stats cost 4.10 EUR</translation>
    </message>
    <message>
        <source>total: %1 studies, %2 images; COVID-19 investigations: %3 (%4)</source>
        <translation>total: %1 studii, %2 imagini; investigații COVID-19: %3 (%4)</translation>
    </message>
    <message>
        <source>consultations: %1 requested, %2 answered; turnaround from request to signed answer: median %3 h, 90th percentile %4 h</source>
        <translation>consultații: %1 cerute, %2 răspunse; durata de la cerere la răspunsul semnat: mediana %3 h, percentila 90 %4 h</translation>
    </message>
    <message>
        <source>saved by reading on screen, not on film and paper: about %1 %2 (%3 exams at %4; COVID-19 investigations: %5 %2)</source>
        <translation>economisit prin citirea pe ecran, nu pe film și hârtie: circa %1 %2 (%3 examinări a %4; investigații COVID-19: %5 %2)</translation>
    </message>
    <message>
        <source>savings: set the cost of one exam on film and paper to estimate them (dicomnet stats cost 4.10 EUR)</source>
        <translation>economii: stabiliți costul unei examinări pe film și hârtie pentru a le estima (dicomnet stats cost 4.10 EUR)</translation>
    </message>
    <message>
        <source>COVID-19</source>
        <translation>COVID-19</translation>
    </message>
    <message>
        <source>REQUESTED</source>
        <translation>CERUTE</translation>
    </message>
    <message>
        <source>ANSWERED</source>
        <translation>RĂSPUNSE</translation>
    </message>
    <message>
        <source>MEDIAN H</source>
        <translation>MEDIANA H</translation>
    </message>
    <message>
        <source>P90 H</source>
        <translation>P90 H</translation>
    </message>
    <message>
        <source>READER</source>
        <translation>CITITOR</translation>
    </message>
    <message>
        <source>ANSWERS</source>
        <translation>RĂSPUNSURI</translation>
    </message>
    <message>
        <source>TIMED</source>
        <translation>CRONOMETRATE</translation>
    </message>
    <message>
        <source>answers: the requests (or, unasked, studies) a reader&apos;s signed consultations answer; turnaround of the requests they answered first</source>
        <translation>răspunsuri: cererile (sau, fără cerere, studiile) la care răspund consultațiile semnate ale cititorului; durata cererilor la care a răspuns primul</translation>
    </message>
    <message>
        <source>total received: %1 studies, %2 images</source>
        <translation>total primit: %1 studii, %2 imagini</translation>
    </message>
    <message>
        <source>month, week, year, modality, source or reader</source>
        <translation>month, week, year, modality, source sau reader</translation>
    </message>
    <message>
        <source>count on this DICOMweb peer</source>
        <translation>numără pe acest partener DICOMweb</translation>
    </message>
    <message>
        <source>stats [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--by month|week|year|modality|source|reader] [--portal NAME] [--json|--csv]; stats cost [AMOUNT [CURRENCY]]</source>
        <translation>stats [--from AAAA-LL-ZZ] [--to AAAA-LL-ZZ] [--by month|week|year|modality|source|reader] [--portal NUME] [--json|--csv]; stats cost [SUMĂ [MONEDĂ]]</translation>
    </message>
    <message>
        <source>a portal&apos;s QIDO-RS answers with studies, not with who sent or read them: --portal counts by month, week, year or modality</source>
        <translation>QIDO-RS al portalului răspunde cu studii, nu cu cine le-a trimis sau citit: --portal numără pe month, week, year sau modality</translation>
    </message>
    <message>
        <source>%1 is not a DICOMweb portal (peers add %1 --dicomweb URL)</source>
        <translation>%1 nu este un portal DICOMweb (peers add %1 --dicomweb URL)</translation>
    </message>
    <message>
        <source>the range of dates is empty</source>
        <translation>intervalul de date este gol</translation>
    </message>
    <message>
        <source>descriptors: %1 computed, %2 not applicable, %3 failed, %4 to compute</source>
        <translation>descriptori: %1 calculați, %2 neaplicabili, %3 eșuați, %4 de calculat</translation>
    </message>
    <message>
        <source>computed in the background as objects arrive</source>
        <translation>calculați în fundal pe măsură ce sosesc obiectele</translation>
    </message>
    <message>
        <source>not computed in the background (dicomnet features background on)</source>
        <translation>nu sunt calculați în fundal (dicomnet features background on)</translation>
    </message>
    <message>
        <source>compute every descriptor again</source>
        <translation>recalculează toți descriptorii</translation>
    </message>
    <message>
        <source>descriptors are computed in the background</source>
        <translation>descriptorii sunt calculați în fundal</translation>
    </message>
    <message>
        <source>descriptors are no longer computed in the background</source>
        <translation>descriptorii nu mai sunt calculați în fundal</translation>
    </message>
    <message>
        <source>series</source>
        <translation>serii</translation>
    </message>
    <message>
        <source>described %1 series: %2 computed, %3 not applicable, %4 failed (%5 s)</source>
        <translation>%1 serii descrise: %2 calculate, %3 neaplicabile, %4 eșuate (%5 s)</translation>
    </message>
    <message>
        <source>not a chest CT (Body Part Examined: %1)</source>
        <translation>nu este o CT toracică (Body Part Examined: %1)</translation>
    </message>
    <message>
        <source>%1 slices: too few for a chest CT</source>
        <translation>%1 secțiuni: prea puține pentru o CT toracică</translation>
    </message>
    <message>
        <source>not an axial series</source>
        <translation>nu este o serie axială</translation>
    </message>
    <message>
        <source>the slices differ in size</source>
        <translation>secțiunile au dimensiuni diferite</translation>
    </message>
    <message>
        <source>slices without spacing between them</source>
        <translation>secțiuni fără distanță între ele</translation>
    </message>
    <message>
        <source>no lungs in the field of view</source>
        <translation>plămânii nu sunt în câmpul de vizualizare</translation>
    </message>
    <message>
        <source>no lungs in the field of view (%1 mL of lung found)</source>
        <translation>plămânii nu sunt în câmpul de vizualizare (s-au găsit %1 mL de plămân)</translation>
    </message>
    <message>
        <source>the series has no images</source>
        <translation>seria nu are imagini</translation>
    </message>
    <message>
        <source>no descriptor for modality %1</source>
        <translation>niciun descriptor pentru modalitatea %1</translation>
    </message>
    <message>
        <source>not a chest film (Body Part Examined: %1)</source>
        <translation>nu este o radiografie toracică (Body Part Examined: %1)</translation>
    </message>
    <message>
        <source>a lateral view (View Position %1); the descriptor reads PA and AP films</source>
        <translation>o incidență laterală (View Position %1); descriptorul citește radiografii PA și AP</translation>
    </message>
    <message>
        <source>a child&apos;s film (age %1); the descriptor is built for adults</source>
        <translation>radiografia unui copil (vârsta %1); descriptorul este făcut pentru adulți</translation>
    </message>
    <message>
        <source>a colour image, not a radiograph</source>
        <translation>o imagine color, nu o radiografie</translation>
    </message>
    <message>
        <source>too small for a chest film (%1×%2 pixels)</source>
        <translation>prea mică pentru o radiografie toracică (%1×%2 pixeli)</translation>
    </message>
    <message>
        <source>a blank image (every pixel %1)</source>
        <translation>o imagine goală (fiecare pixel %1)</translation>
    </message>
    <message>
        <source>a saturated image (%1% of the pixels at one end of the range)</source>
        <translation>o imagine saturată (%1% din pixeli la un capăt al intervalului)</translation>
    </message>
    <message>
        <source>no two lung fields found (a lateral view, or not a chest film)</source>
        <translation>nu s-au găsit două câmpuri pulmonare (o incidență laterală sau nu este o radiografie toracică)</translation>
    </message>
    <message>
        <source>no lung field found</source>
        <translation>nu s-a găsit niciun câmp pulmonar</translation>
    </message>
    <message>
        <source>only one lung field found</source>
        <translation>s-a găsit un singur câmp pulmonar</translation>
    </message>
    <message>
        <source>no mediastinum between the lung fields</source>
        <translation>nu există mediastin între câmpurile pulmonare</translation>
    </message>
    <message>
        <source>the lungs cannot be told from the soft tissue</source>
        <translation>plămânii nu se disting de țesutul moale</translation>
    </message>
    <message>
        <source>the lung fields are %1 mm high: a child&apos;s film; the descriptor is built for adults</source>
        <translation>câmpurile pulmonare au %1 mm înălțime: radiografia unui copil; descriptorul este făcut pentru adulți</translation>
    </message>
    <message>
        <source>%1 is of another version of dicomnet</source>
        <translation>%1 este al altei versiuni dicomnet</translation>
    </message>
    <message>
        <source>%1 is not installed next to the program</source>
        <translation>%1 nu este instalat lângă program</translation>
    </message>
    <message>
        <source>descriptors cannot be computed: %1</source>
        <translation>descriptorii nu pot fi calculați: %1</translation>
    </message>
    <message>
        <source>DISTANCE</source>
        <translation>DISTANȚĂ</translation>
    </message>
    <message>
        <source>SIGNED SCORES</source>
        <translation>SCORURI SEMNATE</translation>
    </message>
    <message>
        <source>how many</source>
        <translation>câte</translation>
    </message>
    <message>
        <source>include the patient&apos;s own other studies</source>
        <translation>include celelalte studii ale aceluiași pacient</translation>
    </message>
    <message>
        <source>similar UID [--k N] [--same-patient] [--json]</source>
        <translation>similar UID [--k N] [--same-patient] [--json]</translation>
    </message>
    <message>
        <source>--k takes 1 to 100</source>
        <translation>--k ia valori de la 1 la 100</translation>
    </message>
    <message>
        <source>%1 stored descriptors (%2) searched; the nearest:</source>
        <translation>%1 descriptori stocați (%2) căutați; cei mai apropiați:</translation>
    </message>
    <message>
        <source>suggest STUDY_UID [--json]</source>
        <translation>suggest STUDY_UID [--json]</translation>
    </message>
    <message>
        <source>no suggestion: %1</source>
        <translation>nicio sugestie: %1</translation>
    </message>
    <message numerus="yes">
        <source>suggested from %n signed case(s) — a suggestion, not a reading:</source>
        <translation>
            <numerusform>sugerat din %n caz semnat — o sugestie, nu o interpretare:</numerusform>
            <numerusform>sugerat din %n cazuri semnate — o sugestie, nu o interpretare:</numerusform>
            <numerusform>sugerat din %n de cazuri semnate — o sugestie, nu o interpretare:</numerusform>
        </translation>
    </message>
    <message>
        <source>SCORE</source>
        <translation>SCOR</translation>
    </message>
    <message>
        <source>SUGGESTED</source>
        <translation>SUGERAT</translation>
    </message>
    <message>
        <source>CONFIDENCE</source>
        <translation>ÎNCREDERE</translation>
    </message>
    <message>
        <source>the signed cases nearest to it:</source>
        <translation>cazurile semnate cele mai apropiate:</translation>
    </message>
    <message>
        <source>NOVEL: unlike the stored cases (%1× the usual distance to its nearest; farther than %2 % of them)</source>
        <translation>NOU: diferit de cazurile stocate (%1× distanța obișnuită până la cele mai apropiate; mai departe decât %2 % dintre ele)</translation>
    </message>
    <message>
        <source>like the stored cases (%1× the usual distance to its nearest; farther than %2 % of them)</source>
        <translation>asemănător cazurilor stocate (%1× distanța obișnuită până la cele mai apropiate; mai departe decât %2 % dintre ele)</translation>
    </message>
    <message>
        <source>no scores are learned for this kind of series</source>
        <translation>pentru acest tip de serie nu se învață scoruri</translation>
    </message>
    <message numerus="yes">
        <source>%n signed case(s) with these scores; suggestions start at %1</source>
        <translation>
            <numerusform>%n caz semnat cu aceste scoruri; sugestiile încep de la %1</numerusform>
            <numerusform>%n cazuri semnate cu aceste scoruri; sugestiile încep de la %1</numerusform>
            <numerusform>%n de cazuri semnate cu aceste scoruri; sugestiile încep de la %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a film or CT series in the cache, or has no descriptor</source>
        <translation>%1 nu este o radiografie sau o serie CT din cache, sau nu are descriptor</translation>
    </message>
    <message>
        <source>its descriptor is not computed yet (dicomnet features)</source>
        <translation>descriptorul său nu este calculat încă (dicomnet features)</translation>
    </message>
    <message>
        <source>%1: no descriptor: %2</source>
        <translation>%1: niciun descriptor: %2</translation>
    </message>
    <message>
        <source>triage rules from %1:</source>
        <translation>reguli de triaj din %1:</translation>
    </message>
    <message>
        <source>  urgency: emergency %1, urgent %2, routine %3</source>
        <translation>  urgență: de urgență %1, urgent %2, de rutină %3</translation>
    </message>
    <message>
        <source>  suggested severity: up to %1 (its share of the scale), when at least %2 % sure</source>
        <translation>  severitatea sugerată: până la %1 (partea ei din scală), când încrederea este de cel puțin %2 %</translation>
    </message>
    <message>
        <source>  novel: %1</source>
        <translation>  nou: %1</translation>
    </message>
    <message>
        <source>  waiting: %1 an hour, at most %2</source>
        <translation>  așteptare: %1 pe oră, cel mult %2</translation>
    </message>
    <message>
        <source>A site edits a copy: %1/triage.json</source>
        <translation>Un centru editează o copie: %1/triage.json</translation>
    </message>
    <message>
        <source>worklist [--me NAME] [--json] | worklist rules</source>
        <translation>worklist [--me NAME] [--json] | worklist rules</translation>
    </message>
    <message>
        <source>novel</source>
        <translation>nou</translation>
    </message>
    <message>
        <source>NOVEL</source>
        <translation>NOU</translation>
    </message>
    <message>
        <source>BECAUSE</source>
        <translation>DE CE</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 (%3 % sure, %n signed case(s))</source>
        <translation>
            <numerusform>%1 %2 (încredere %3 %, %n caz semnat)</numerusform>
            <numerusform>%1 %2 (încredere %3 %, %n cazuri semnate)</numerusform>
            <numerusform>%1 %2 (încredere %3 %, %n de cazuri semnate)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not a JSON object (%2)</source>
        <translation>%1: nu este un obiect JSON (%2)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a number</source>
        <translation>%1: „%2” trebuie să fie un număr</translation>
    </message>
    <message>
        <source>the built-in triage rules are missing from the program</source>
        <translation>regulile de triaj încorporate lipsesc din program</translation>
    </message>
    <message>
        <source>built-in rules</source>
        <translation>regulile încorporate</translation>
    </message>
    <message>
        <source>suggested severity %1 %</source>
        <translation>severitate sugerată %1 %</translation>
    </message>
    <message>
        <source>waiting %1 h</source>
        <translation>așteaptă de %1 h</translation>
    </message>
    <message>
        <source>emergency</source>
        <translation>urgență majoră</translation>
    </message>
    <message>
        <source>%1: %2, %3 the built-in descriptor with %4 numbers (%5)</source>
        <translation>%1: %2, %3 descriptorul încorporat cu %4 numere (%5)</translation>
    </message>
    <message>
        <source>replaces</source>
        <translation>înlocuiește</translation>
    </message>
    <message>
        <source>extends</source>
        <translation>extinde</translation>
    </message>
    <message>
        <source>no site models in %1: the built-in descriptors are used</source>
        <translation>niciun model al instituției în %1: se folosesc descriptorii încorporați</translation>
    </message>
    <message>
        <source>features [--rebuild] [--json] | features status [--json] | features background on|off | features models [--json]</source>
        <translation>features [--rebuild] [--json] | features status [--json] | features background on|off | features models [--json]</translation>
    </message>
    <message>
        <source>site model %1: %2</source>
        <translation>modelul instituției %1: %2</translation>
    </message>
    <message>
        <source>OpenCV cannot read it: %1</source>
        <translation>OpenCV nu îl poate citi: %1</translation>
    </message>
    <message>
        <source>OpenCV read an empty network</source>
        <translation>OpenCV a citit o rețea goală</translation>
    </message>
    <message>
        <source>its output is not 32-bit floating point</source>
        <translation>ieșirea sa nu este în virgulă mobilă pe 32 de biți</translation>
    </message>
    <message>
        <source>its output has %1 numbers (1 to %2 are usable)</source>
        <translation>ieșirea sa are %1 numere (se pot folosi de la 1 la %2)</translation>
    </message>
    <message>
        <source>its output holds a value that is not finite</source>
        <translation>ieșirea sa conține o valoare care nu este finită</translation>
    </message>
    <message>
        <source>OpenCV cannot run it: %1</source>
        <translation>OpenCV nu îl poate rula: %1</translation>
    </message>
    <message>
        <source>the series has no slices</source>
        <translation>seria nu are secțiuni</translation>
    </message>
    <message>
        <source>its output length changes from slice to slice</source>
        <translation>lungimea ieșirii sale diferă de la o secțiune la alta</translation>
    </message>
    <message>
        <source>no slice has monochrome pixels</source>
        <translation>nicio secțiune nu are pixeli monocromi</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs 1 or %2 numbers</source>
        <translation>„%1” cere 1 sau %2 numere</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds something that is not a number</source>
        <translation>„%1” conține ceva ce nu este număr</translation>
    </message>
    <message>
        <source>%1: cannot be read</source>
        <translation>%1: nu poate fi citit</translation>
    </message>
    <message>
        <source>the description is too large</source>
        <translation>descrierea este prea mare</translation>
    </message>
    <message>
        <source>not a JSON object (%1)</source>
        <translation>nu este un obiect JSON (%1)</translation>
    </message>
    <message>
        <source>&quot;kind&quot; must be %1 or %2</source>
        <translation>„kind” trebuie să fie %1 sau %2</translation>
    </message>
    <message>
        <source>&quot;use&quot; must be extend or replace</source>
        <translation>„use” trebuie să fie extend sau replace</translation>
    </message>
    <message>
        <source>the input must be between 1 and %1 pixels a side</source>
        <translation>intrarea trebuie să aibă între 1 și %1 pixeli pe latură</translation>
    </message>
    <message>
        <source>the input must have 1 or 3 channels</source>
        <translation>intrarea trebuie să aibă 1 sau 3 canale</translation>
    </message>
    <message>
        <source>&quot;scale&quot; must not be 0</source>
        <translation>„scale” nu poate fi 0</translation>
    </message>
    <message>
        <source>&quot;std&quot; must not be 0</source>
        <translation>„std” nu poate fi 0</translation>
    </message>
    <message>
        <source>%1 is missing beside it</source>
        <translation>lângă el lipsește %1</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB</source>
        <translation>%1 este mai mare de %2 MB</translation>
    </message>
    <message>
        <source>site model %1: no %2.json beside it says what it is for</source>
        <translation>modelul instituției %1: niciun %2.json alături nu spune la ce servește</translation>
    </message>
    <message>
        <source>%1 site models for %2 (%3): keep one</source>
        <translation>%1 modele ale instituției pentru %2 (%3): păstrați unul</translation>
    </message>
    <message>
        <source>descriptors wait until the site models are fixed: %1</source>
        <translation>descriptorii așteaptă până sunt corectate modelele instituției: %1</translation>
    </message>
    <message>
        <source>descriptors wait until the site model is fixed: %1</source>
        <translation>descriptorii așteaptă până este corectat modelul instituției: %1</translation>
    </message>
    <message>
        <source>the film has no pixels</source>
        <translation>filmul nu are pixeli</translation>
    </message>
    <message>
        <source>studies: %1, objects: %2, %3</source>
        <translation>studii: %1, obiecte: %2, %3</translation>
    </message>
    <message>
        <source>disk: %1 free of %2</source>
        <translation>disc: %1 liberi din %2</translation>
    </message>
    <message>
        <source>no quota (dicomnet cache quota SIZE|N%)</source>
        <translation>nicio cotă (dicomnet cache quota MĂRIME|N%)</translation>
    </message>
    <message>
        <source>quota: %1 (%2), %3 % used</source>
        <translation>cota: %1 (%2), %3 % folosită</translation>
    </message>
    <message>
        <source>above the high-water mark (%1 % of the quota)</source>
        <translation>peste pragul superior (%1 % din cotă)</translation>
    </message>
    <message>
        <source>not a size: %1 (for example 750G, 1.5T or 80%)</source>
        <translation>nu este o mărime: %1 (de exemplu 750G, 1.5T sau 80%)</translation>
    </message>
    <message>
        <source>a share of the disk must be between 1 and 100 %</source>
        <translation>o parte din disc trebuie să fie între 1 și 100 %</translation>
    </message>
    <message>
        <source>a quota must be at least 1 GB: %1</source>
        <translation>cota trebuie să fie de cel puțin 1 GB: %1</translation>
    </message>
    <message>
        <source>away (evicted, held by peers or portals): %1 object(s) of %2 stud(ies), %3</source>
        <translation>plecate (evacuate, păstrate de parteneri sau portaluri): %1 obiect(e) din %2 studiu(i), %3</translation>
    </message>
    <message numerus="yes">
        <source>kept whatever the quota: studies received in the last %n day(s), %1 pinned</source>
        <translation>
            <numerusform>păstrate oricare ar fi cota: studiile primite în ultima %n zi, %1 fixate</numerusform>
            <numerusform>păstrate oricare ar fi cota: studiile primite în ultimele %n zile, %1 fixate</numerusform>
            <numerusform>păstrate oricare ar fi cota: studiile primite în ultimele %n de zile, %1 fixate</numerusform>
        </translation>
    </message>
    <message>
        <source>nowhere known</source>
        <translation>nicăieri cunoscut</translation>
    </message>
    <message>
        <source>WOULD GO, HELD BY</source>
        <translation>AR PLECA, PĂSTRAT DE</translation>
    </message>
    <message>
        <source>EVICTED, HELD BY</source>
        <translation>EVACUAT, PĂSTRAT DE</translation>
    </message>
    <message>
        <source>KEPT BECAUSE</source>
        <translation>PĂSTRAT PENTRU CĂ</translation>
    </message>
    <message>
        <source>no quota is set: give --free SIZE, or set one with dicomnet cache quota SIZE|N%</source>
        <translation>nu este stabilită nicio cotă: dați --free MĂRIME sau stabiliți una cu dicomnet cache quota MĂRIME|N%</translation>
    </message>
    <message>
        <source>the cache is below the low-water mark of its quota: nothing to evict</source>
        <translation>cache-ul este sub pragul de jos al cotei: nimic de evacuat</translation>
    </message>
    <message>
        <source>another process is evicting from this cache</source>
        <translation>alt proces evacuează din acest cache</translation>
    </message>
    <message>
        <source>would free %1 of the %2 wanted</source>
        <translation>ar elibera %1 din cei %2 ceruți</translation>
    </message>
    <message>
        <source>freed %1 of the %2 wanted</source>
        <translation>eliberat %1 din cei %2 ceruți</translation>
    </message>
    <message>
        <source>all of it is here</source>
        <translation>totul este aici</translation>
    </message>
    <message numerus="yes">
        <source>brought back %n object(s)</source>
        <translation>
            <numerusform>adus înapoi %n obiect</numerusform>
            <numerusform>aduse înapoi %n obiecte</numerusform>
            <numerusform>aduse înapoi %n de obiecte</numerusform>
        </translation>
    </message>
    <message>
        <source>say what would go, change nothing</source>
        <translation>spune ce ar pleca, fără a schimba nimic</translation>
    </message>
    <message>
        <source>evict the named studies even when no peer or portal is known to hold them</source>
        <translation>evacuează studiile numite chiar dacă niciun partener sau portal cunoscut nu le păstrează</translation>
    </message>
    <message>
        <source>free this much</source>
        <translation>eliberează atât</translation>
    </message>
    <message>
        <source>cache status [--json] | quota SIZE|N%|off | keep DAYS | pin UID | unpin UID | pins [--json] | evict [--free SIZE] [--dry-run] [--json] | evict UID... [--force] [--dry-run] | fetch UID</source>
        <translation>cache status [--json] | quota MĂRIME|N%|off | keep ZILE | pin UID | unpin UID | pins [--json] | evict [--free MĂRIME] [--dry-run] [--json] | evict UID... [--force] [--dry-run] | fetch UID</translation>
    </message>
    <message>
        <source>not a number of days: %1</source>
        <translation>nu este un număr de zile: %1</translation>
    </message>
    <message>
        <source>PINNED BY</source>
        <translation>FIXAT DE</translation>
    </message>
    <message>
        <source>--force needs the studies named</source>
        <translation>--force cere studiile numite</translation>
    </message>
    <message>
        <source>--free or study UIDs, not both</source>
        <translation>--free sau UID-uri de studii, nu ambele</translation>
    </message>
    <message>
        <source>%1 + %2 away (%3)</source>
        <translation>%1 + %2 plecate (%3)</translation>
    </message>
    <message>
        <source>cannot evict: %1</source>
        <translation>nu se poate evacua: %1</translation>
    </message>
    <message>
        <source>no such study in the cache: %1</source>
        <translation>nu există un asemenea studiu în cache: %1</translation>
    </message>
    <message>
        <source>cannot finish an interrupted eviction: %1</source>
        <translation>nu se poate termina o evacuare întreruptă: %1</translation>
    </message>
    <message>
        <source>the study is not pinned: %1</source>
        <translation>studiul nu este fixat: %1</translation>
    </message>
    <message numerus="yes">
        <source>Bringing back %n image(s) from %1…</source>
        <translation>
            <numerusform>Se aduce înapoi %n imagine de la %1…</numerusform>
            <numerusform>Se aduc înapoi %n imagini de la %1…</numerusform>
            <numerusform>Se aduc înapoi %n de imagini de la %1…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulează</translation>
    </message>
    <message>
        <source>Study held elsewhere</source>
        <translation>Studiu păstrat în altă parte</translation>
    </message>
    <message>
        <source>eviction failed: %1</source>
        <translation>evacuarea a eșuat: %1</translation>
    </message>
    <message numerus="yes">
        <source>evicted %n stud(ies) (%1) to stay under the quota</source>
        <translation>
            <numerusform>evacuat %n studiu (%1) pentru a rămâne sub cotă</numerusform>
            <numerusform>evacuate %n studii (%1) pentru a rămâne sub cotă</numerusform>
            <numerusform>evacuate %n de studii (%1) pentru a rămâne sub cotă</numerusform>
        </translation>
    </message>
    <message>
        <source>, held by %1</source>
        <translation>, păstrate de %1</translation>
    </message>
    <message numerus="yes">
        <source>; %1 more could not go (%n stud(ies) kept by the rules)</source>
        <translation>
            <numerusform>; încă %1 nu a putut pleca (%n studiu păstrat de reguli)</numerusform>
            <numerusform>; încă %1 nu a putut pleca (%n studii păstrate de reguli)</numerusform>
            <numerusform>; încă %1 nu a putut pleca (%n de studii păstrate de reguli)</numerusform>
        </translation>
    </message>
    <message>
        <source>not a size: %1 (for example 500M or 2G)</source>
        <translation>nu este o mărime: %1 (de exemplu 500M sau 2G)</translation>
    </message>
    <message>
        <source>the prior of %1 is held elsewhere: %2</source>
        <translation>studiul anterior din %1 este păstrat în altă parte: %2</translation>
    </message>
    <message>
        <source>no such study, series or object in the cache: %1</source>
        <translation>nu există un asemenea studiu, serie sau obiect în cache: %1</translation>
    </message>
    <message>
        <source>pinned by %1</source>
        <translation>fixat de %1</translation>
    </message>
    <message>
        <source>open in a window (process %1)</source>
        <translation>deschis într-o fereastră (procesul %1)</translation>
    </message>
    <message>
        <source>received today</source>
        <translation>primit azi</translation>
    </message>
    <message numerus="yes">
        <source>received %n day(s) ago</source>
        <translation>
            <numerusform>primit acum %n zi</numerusform>
            <numerusform>primit acum %n zile</numerusform>
            <numerusform>primit acum %n de zile</numerusform>
        </translation>
    </message>
    <message>
        <source>a send or fetch of it is not complete (job %1)</source>
        <translation>o trimitere sau o preluare a lui nu este încheiată (sarcina %1)</translation>
    </message>
    <message>
        <source>a consultation draft is not signed yet</source>
        <translation>o ciornă de consultație nu este încă semnată</translation>
    </message>
    <message>
        <source>a consultation request is not answered yet</source>
        <translation>o cerere de consultație nu are încă răspuns</translation>
    </message>
    <message>
        <source>a document of it has not been read into the index yet</source>
        <translation>un document al lui nu a fost încă citit în index</translation>
    </message>
    <message>
        <source>no peer or portal is known to hold all of its images (name it with --force to evict it anyway)</source>
        <translation>niciun partener sau portal cunoscut nu păstrează toate imaginile lui (numiți-l cu --force pentru a-l evacua oricum)</translation>
    </message>
    <message>
        <source>none of its images are here</source>
        <translation>nicio imagine a lui nu este aici</translation>
    </message>
    <message>
        <source>keep between 0 and 3650 days, not %1</source>
        <translation>păstrați între 0 și 3650 de zile, nu %1</translation>
    </message>
    <message>
        <source>fetching from %1 failed: %2</source>
        <translation>preluarea de la %1 a eșuat: %2</translation>
    </message>
    <message>
        <source>job %1 fetching from %2 has not finished; it goes on</source>
        <translation>sarcina %1 de preluare de la %2 nu s-a terminat; continuă</translation>
    </message>
    <message>
        <source>evicted by force, held nowhere known</source>
        <translation>evacuat forțat, nepăstrat nicăieri cunoscut</translation>
    </message>
    <message>
        <source>%1 is no longer a known peer</source>
        <translation>%1 nu mai este un partener cunoscut</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) of the study are still away (%1)</source>
        <translation>
            <numerusform>%n obiect al studiului este încă plecat (%1)</numerusform>
            <numerusform>%n obiecte ale studiului sunt încă plecate (%1)</numerusform>
            <numerusform>%n de obiecte ale studiului sunt încă plecate (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 + %2 away</source>
        <translation>%1 + %2 plecate</translation>
    </message>
    <message>
        <source>a radiograph (%1)</source>
        <translation>o radiografie (%1)</translation>
    </message>
    <message>
        <source>an image of no stated modality</source>
        <translation>o imagine fără modalitate declarată</translation>
    </message>
    <message>
        <source>a %1 image</source>
        <translation>o imagine %1</translation>
    </message>
    <message>
        <source>%1 cannot be compared with %2: choose one of the same kind</source>
        <translation>nu se pot compara: %1 și %2 sunt de feluri diferite; alegeți una de același fel</translation>
    </message>
    <message>
        <source>an image of the %1 cannot be compared with one of the %2</source>
        <translation>nu se pot compara imagini ale unor regiuni diferite: %1 și %2</translation>
    </message>
    <message>
        <source>no &quot;overlays&quot; list</source>
        <translation>nu există lista „overlays”</translation>
    </message>
    <message>
        <source>overlay %1: unknown field &quot;%2&quot; (known: %3)</source>
        <translation>suprapunerea %1: câmp necunoscut „%2” (cunoscute: %3)</translation>
    </message>
    <message>
        <source>M</source>
        <comment>sex</comment>
        <translation>M</translation>
    </message>
    <message>
        <source>F</source>
        <comment>sex</comment>
        <translation>F</translation>
    </message>
    <message>
        <source>O</source>
        <comment>sex</comment>
        <translation>A</translation>
    </message>
    <message numerus="yes">
        <source>%n y</source>
        <comment>age in years</comment>
        <translation>
            <numerusform>%n an</numerusform>
            <numerusform>%n ani</numerusform>
            <numerusform>%n de ani</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mo</source>
        <comment>age in months</comment>
        <translation>
            <numerusform>%n lună</numerusform>
            <numerusform>%n luni</numerusform>
            <numerusform>%n de luni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <comment>age in days</comment>
        <translation>
            <numerusform>%n zi</numerusform>
            <numerusform>%n zile</numerusform>
            <numerusform>%n de zile</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>sex, age</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>without the identification burned in</source>
        <translation>fără identificarea înscrisă în imagine</translation>
    </message>
    <message>
        <source>compare CURRENT PRIOR [--out DIFF.png|DIFF.jpg] [--plain] [--json] [--again]</source>
        <translation>compare CURRENT PRIOR [--out DIFF.png|DIFF.jpg] [--plain] [--json] [--again]</translation>
    </message>
    <message>
        <source>--out names a .png or .jpg file, not %1</source>
        <translation>--out numește un fișier .png sau .jpg, nu %1</translation>
    </message>
    <message>
        <source>CHANGES since %1 (prior aligned)</source>
        <translation>SCHIMBĂRI față de %1 (precedentul aliniat)</translation>
    </message>
    <message>
        <source>the picture to write (.png or .jpg)</source>
        <translation>imaginea de scris (.png sau .jpg)</translation>
    </message>
    <message>
        <source>image N of the series (or the study&apos;s first series)</source>
        <translation>imaginea N a seriei (sau a primei serii a studiului)</translation>
    </message>
    <message>
        <source>render UID_OR_FILE --out FILE.png|FILE.jpg [--frame N] [--slice N] [--window CENTER,WIDTH] [--plain]</source>
        <translation>render UID_SAU_FIȘIER --out FIȘIER.png|FIȘIER.jpg [--frame N] [--slice N] [--window CENTRU,LĂȚIME] [--plain]</translation>
    </message>
    <message>
        <source>--slice takes a number from 1</source>
        <translation>--slice primește un număr de la 1</translation>
    </message>
    <message>
        <source>--slice takes a series or study UID, not a file</source>
        <translation>--slice primește un UID de serie sau de studiu, nu un fișier</translation>
    </message>
    <message>
        <source>Image %1/%2</source>
        <translation>Imaginea %1/%2</translation>
    </message>
    <message>
        <source>Frame %1/%2</source>
        <translation>Cadrul %1/%2</translation>
    </message>
    <message>
        <source>W/L %1/%2</source>
        <translation>W/L %1/%2</translation>
    </message>
    <message>
        <source>%1×%2, image %3 of %4 → %5</source>
        <translation>%1×%2, imaginea %3 din %4 → %5</translation>
    </message>
    <message>
        <source>%1: cannot read it (at most 1 MB)</source>
        <translation>%1: nu poate fi citit (cel mult 1 MB)</translation>
    </message>
    <message>
        <source>--slice takes a series or study UID, not an image&apos;s</source>
        <translation>--slice primește un UID de serie sau de studiu, nu al unei imagini</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a UID in the cache</source>
        <translation>„%1” nu este un UID din cache</translation>
    </message>
    <message numerus="yes">
        <source>the series has %n image(s): --slice 1 to %n</source>
        <translation>
            <numerusform>seria are %n imagine: --slice de la 1 la %n</numerusform>
            <numerusform>seria are %n imagini: --slice de la 1 la %n</numerusform>
            <numerusform>seria are %n de imagini: --slice de la 1 la %n</numerusform>
        </translation>
    </message>
    <message>
        <source>free, chest-xray-covid or chest-ct-covid (default: the one for the study&apos;s modality and body part)</source>
        <translation>free, chest-xray-covid sau chest-ct-covid (implicit: cel pentru modalitatea și regiunea studiului)</translation>
    </message>
    <message>
        <source>consult new STUDY_UID [--template NAME] [--text TEXT] [--field KEY=VALUE ...] --author NAME [--organisation ORG] [--key-image UID ...]</source>
        <translation>consult new STUDY_UID [--template NUME] [--text TEXT] [--field CHEIE=VALOARE ...] --author NUME [--organisation ORG] [--key-image UID ...]</translation>
    </message>
    <message>
        <source>alignment kept with the pair</source>
        <translation>alinierea păstrată cu perechea</translation>
    </message>
    <message>
        <source>this series is not a volume: no 3D view</source>
        <translation>această serie nu este un volum: fără vedere 3D</translation>
    </message>
    <message>
        <source>3D: %1 frames a second at full quality, %2 while turning, at %3×%4, %5</source>
        <translation>3D: %1 cadre pe secundă la calitate deplină, %2 în timpul rotirii, la %3×%4, %5</translation>
    </message>
    <message>
        <source>%1 (%2×3 planes)</source>
        <translation>%1 (%2×3 planuri)</translation>
    </message>
    <message>
        <source>%1 (%2×%3)</source>
        <translation>%1 (%2×%3)</translation>
    </message>
    <message>
        <source>a protocol has no name</source>
        <translation>un protocol nu are nume</translation>
    </message>
    <message>
        <source>two protocols are named &quot;%1&quot;</source>
        <translation>două protocoale se numesc „%1”</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 are nevoie de o valoare</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>opțiune necunoscută %1</translation>
    </message>
    <message>
        <source>unknown subcommand &quot;%1&quot;</source>
        <translation>subcomandă necunoscută „%1”</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot; (en, ro or ru)</source>
        <translation>limbă necunoscută „%1” (en, ro sau ru)</translation>
    </message>
    <message>
        <source>Usage: dicomnet [--data-dir DIR] [--lang ro|ru|en] [--user LOGIN [--password-file F]]
                [SUBCOMMAND ...]
Without a subcommand the workstation window opens. --data-dir, --lang and
--single-user may also follow the subcommand; SUBCOMMAND --help shows its lines.

Subcommands:
  import PATH...                   import files, folders, DICOMDIRs and .zip archives
  ls patients|studies [--json]     list the cache
  ls series STUDY_UID [--json]     list a study&apos;s series
  ls instances SERIES_UID [--json] list a series&apos; instances
  history PATIENT_ID [--issuer X] [--json]
                                   every study of a patient, oldest first
  check                            verify the index against the stored files
  cache status [--json] | cache quota SIZE|N%|off | cache keep DAYS
                                   the room the cache takes, the disk, the quota
  cache evict [--free SIZE] [--dry-run] | cache evict UID... [--force] [--dry-run]
                                   least recently used studies out (held elsewhere)
  cache pin|unpin UID | cache pins | cache fetch UID
                                   keep a study here; bring an evicted one back
  listen [--port N] [--aet AE] [--max-associations N] [--tls] [--known-peers-only]
                                   receive studies (C-ECHO, C-STORE) until Ctrl-C
  certs init --org NAME [--node NAME] | certs issue NAME [--out DIR]
                                   the site CA and certificates for DICOM TLS
  certs person &quot;FULL NAME&quot; [--out DIR]
                                   a person&apos;s signing certificate (key encrypted)
  users add LOGIN --name &quot;FAMILY^GIVEN&quot; --role ROLE [--cert FILE] [--password-file F]
  users list [--json] | users disable|enable LOGIN | users passwd LOGIN [--password-file F]
                                   the people who use this workstation, their roles
  session start [--minutes N] | session end | session status
                                   run commands without --user for a while (this machine)
  share STUDY_UID --with LOGIN     let a consultant see and open a study
  audit [--patient ID] [--user LOGIN] [--since YYYY-MM-DD] [--json] | audit verify
                                   who did what to which data; verify: exit 3 if altered
  audit seal                       sign the newest record with this node&apos;s key
  audit ... --atna [--append FILE] as DICOM audit messages (PS3.15 A.5), one a line
  audit forward [--to HOST:PORT [--ca FILE] | --off | --status]
                                   to a syslog collector over TLS (RFC 5425)
  peers add NAME --aet AE --host H --port P [--tls [--certificate FILE]] [--external]
                                   [--compress]
  peers add NAME --dicomweb URL [--user U --password-file F | --token-file F] [--ca F]
  peers list [--json] | peers remove NAME
  echo PEER                        C-ECHO a peer
  send PEER UID... [--json] [--again] [--queue] [--wait SECONDS]
                                   send studies, series or instances (a job: resumed
                                   after a restart, nothing sent twice, checked after)
  jobs [--json] | jobs show|retry|cancel ID
  sync [--once]                    run the queued jobs
  rules add [--from-ae AE] [--modality MOD] --to PEER | rules list | rules remove ID
                                   forward what arrives, by itself
  find PEER [--patient-id X] [--patient-name X] [--modality X] [--date FROM-TO] [--json]
  find PEER --study UID [--series UID] [--json]
                                   query a peer (C-FIND), down to series and instances
  retrieve PEER UID [--level STUDY|SERIES|IMAGE] [--study UID] [--series UID] [--move]
                                   fetch from a peer (C-GET, else C-MOVE to here)
  render UID_OR_FILE --out FILE.png|FILE.jpg [--frame N] [--slice N]
         [--window CENTER,WIDTH] [--plain]
                                   one image as the viewer shows it, identified
  compare CURRENT PRIOR [--out DIFF.png|DIFF.jpg] [--plain] [--json] [--again]
                                   align a prior film onto the current one, show changes
  view UID [--layout 1x1|1x2|2x1|2x2] [--mpr] [--screenshot FILE]
  view UID --compare [--mode side-by-side|changes|flicker|curtain] [--screenshot FILE]
  view UID --3d [--preset bone|lung|soft-tissue|mr|mip] [--renderer gpu|cpu] [--screenshot FILE]
                                   open a study or series in the viewer window
  consult new STUDY_UID [--template NAME] [--text T] [--field KEY=VALUE ...] --author NAME
  consult list [STUDY_UID] [--json] | consult show UID_OR_FILE
  consult sign UID --cert FILE --key FILE | consult verify UID_OR_FILE [--ca FILE]
  consult request STUDY_UID --question TEXT [--urgency U] [--for NAME] --author NAME
  consult amend UID [--text T] [--field KEY=VALUE ...] | consult waiting --me NAME
  consult export UID --pdf FILE
                                   consultations as DICOM SR: ask, write, sign, check
  export UID... --out DIR [--json] objects from the cache as DICOM files
  anonymize UID... --out DIR [--keep-device] [--keep-descriptors] [--remove-dates]
                                   de-identified copies (PS3.15 Annex E basic profile)
  stats [--from DATE] [--to DATE] [--by month|week|year|modality|source|reader]
        [--portal NAME] [--json|--csv]
  stats cost [AMOUNT [CURRENCY]]
                                   investigations, COVID-19 share, consultations, turnaround,
                                   readers, savings (counts only)
  features [--rebuild] [--json] | features status | features background on|off
                                   descriptors of films and CT series (learning)
  features models [--json]         the site&apos;s own ONNX models, loaded and run once
  similar UID [--k N] [--same-patient] [--json]
                                   the most alike studies of other patients
  suggest STUDY_UID [--json]       scores the signed cases suggest; novelty
  worklist [--me NAME] [--json] | worklist rules
                                   what waits for reading, most pressing first
  portal init DIR --host NAME --workstation NAME=AE[@HOST[:PORT]]... [--name N]
              [--aet AE] [--dicom-port N] [--https-port N] [--http-port N]
              [--postgres-port N]
                                   the department&apos;s portal (Orthanc on PostgreSQL)
  portal join FOLDER               join it with what portal init wrote for this
                                   workstation (certificates, peers, AE title)
  demo                             add the demo patient (chest X-rays, chest CT)

The data directory defaults to $DICOMNET_HOME, else the user&apos;s application data.
Once it has users, every subcommand signs one in (--user; the password from
--password-file, else asked) and checks what their role may do.
The first start chooses: with users (--user LOGIN --admin-password-file FILE creates
the administrator; asked on a terminal) or --single-user (no sign-in; also
DICOMNET_SINGLE_USER=1).
</source>
        <translation>Utilizare: dicomnet [--data-dir DIR] [--lang ro|ru|en] [--user LOGIN [--password-file F]]
                [SUBCOMMAND ...]
Fără subcomandă se deschide fereastra stației de lucru. --data-dir, --lang și
--single-user pot urma și după subcomandă; SUBCOMANDĂ --help arată rândurile ei.

Subcomenzi:
  import PATH...                   importă fișiere, dosare, DICOMDIR și arhive .zip
  ls patients|studies [--json]     listează cache-ul
  ls series STUDY_UID [--json]     listează seriile unui studiu
  ls instances SERIES_UID [--json] listează instanțele unei serii
  history PATIENT_ID [--issuer X] [--json]
                                   toate studiile unui pacient, cele vechi întâi
  check                            verifică indexul față de fișierele salvate
  cache status [--json] | cache quota MĂRIME|N%|off | cache keep ZILE
                                   spaÈiul ocupat de cache, discul, cota
  cache evict [--free MĂRIME] [--dry-run] | cache evict UID... [--force] [--dry-run]
                                   evacuează studiile nefolosite de cel mai mult timp (păstrate în altă parte)
  cache pin|unpin UID | cache pins | cache fetch UID
                                   păstrează un studiu aici; adu înapoi unul evacuat
  listen [--port N] [--aet AE] [--max-associations N] [--tls] [--known-peers-only]
                                   primește studii (C-ECHO, C-STORE) până la Ctrl-C
  certs init --org NAME [--node NAME] | certs issue NAME [--out DIR]
                                   CA-ul instituției și certificatele pentru DICOM TLS
  certs person &quot;NUME COMPLET&quot; [--out DIR]
                                   certificatul de semnare al unei persoane (cheie criptată)
  users add LOGIN --name &quot;NUME^PRENUME&quot; --role ROL [--cert FIȘIER] [--password-file F]
  users list [--json] | users disable|enable LOGIN | users passwd LOGIN [--password-file F]
                                   persoanele care folosesc stația de lucru, rolurile lor
  session start [--minutes N] | session end | session status
                                   rulați comenzi fără --user un timp (acest calculator)
  share STUDY_UID --with LOGIN     permiteți unui consultant să vadă și să deschidă un studiu
  audit [--patient ID] [--user LOGIN] [--since AAAA-LL-ZZ] [--json] | audit verify
                                   cine ce a făcut cu ce date; verify: ieșire 3 dacă e alterat
  audit seal                       semnează cea mai nouă înregistrare cu cheia acestui nod
  audit ... --atna [--append FIȘIER] ca mesaje de audit DICOM (PS3.15 A.5), câte unul pe linie
  audit forward [--to GAZDĂ:PORT [--ca FIȘIER] | --off | --status]
                                   către un colector syslog prin TLS (RFC 5425)
  peers add NAME --aet AE --host H --port P [--tls [--certificate FILE]] [--external]
                                   [--compress]
  peers add NAME --dicomweb URL [--user U --password-file F | --token-file F] [--ca F]
  peers list [--json] | peers remove NAME
  echo PEER                        C-ECHO către un partener
  send PEER UID... [--json] [--again] [--queue] [--wait SECONDS]
                                   trimite studii, serii sau instanțe (o sarcină: reluată
                                   după repornire, nimic de două ori, verificată după)
  jobs [--json] | jobs show|retry|cancel ID
  sync [--once]                    rulează sarcinile din coadă
  rules add [--from-ae AE] [--modality MOD] --to PEER | rules list | rules remove ID
                                   redirecționează singur ce sosește
  find PEER [--patient-id X] [--patient-name X] [--modality X] [--date FROM-TO] [--json]
  find PEER --study UID [--series UID] [--json]
                                   interoghează un partener (C-FIND), până la serii și instanțe
  retrieve PEER UID [--level STUDY|SERIES|IMAGE] [--study UID] [--series UID] [--move]
                                   preia de la un partener (C-GET, altfel C-MOVE către această stație)
  render UID_OR_FILE --out FIȘIER.png|FIȘIER.jpg [--frame N] [--slice N]
         [--window CENTRU,LĂȚIME] [--plain]
                                   o imagine așa cum o arată vizualizatorul, identificată
  compare CURRENT PRIOR [--out DIFF.png|DIFF.jpg] [--plain] [--json] [--again]
                                   aliniază un film anterior pe cel curent, arată schimbările
  view UID [--layout 1x1|1x2|2x1|2x2] [--mpr] [--screenshot FIȘIER]
  view UID --compare [--mode side-by-side|changes|flicker|curtain] [--screenshot FIȘIER]
  view UID --3d [--preset bone|lung|soft-tissue|mr|mip] [--renderer gpu|cpu] [--screenshot FIȘIER]
                                   deschide un studiu sau o serie în vizualizator
  consult new STUDY_UID [--template NUME] [--text T] [--field CHEIE=VALOARE ...] --author NUME
  consult list [STUDY_UID] [--json] | consult show UID_SAU_FIȘIER
  consult sign UID --cert FIȘIER --key FIȘIER | consult verify UID_SAU_FIȘIER [--ca FIȘIER]
  consult request STUDY_UID --question TEXT [--urgency U] [--for NUME] --author NUME
  consult amend UID [--text T] [--field CHEIE=VALOARE ...] | consult waiting --me NUME
  consult export UID --pdf FIȘIER
                                   consultații ca DICOM SR: solicitare, scriere, semnare, verificare
  export UID... --out DIR [--json] obiecte din cache ca fișiere DICOM
  anonymize UID... --out DIR [--keep-device] [--keep-descriptors] [--remove-dates]
                                   copii de-identificate (PS3.15 anexa E, profilul de bază)
  stats [--from DATA] [--to DATA] [--by month|week|year|modality|source|reader]
        [--portal NUME] [--json|--csv]
  stats cost [SUMĂ [MONEDĂ]]
                                   investigații, ponderea COVID-19, consultații, durată,
                                   cititori, economii (doar numere)
  features [--rebuild] [--json] | features status | features background on|off
                                   descriptorii filmelor Èi ai seriilor CT (Ã®nvÄÈare)
  features models [--json]         modelele ONNX proprii ale instituÈiei, Ã®ncÄrcate Èi rulate o datÄ
  similar UID [--k N] [--same-patient] [--json]
                                   cele mai asemÄnÄtoare studii ale altor pacienÈi
  suggest STUDY_UID [--json]       scorurile sugerate de cazurile semnate; noutatea
  worklist [--me NAME] [--json] | worklist rules
                                   ce aÈteaptÄ interpretarea, cele mai urgente Ã®ntÃ¢i
  portal init DIR --host NUME --workstation NUME=AE[@GAZDĂ[:PORT]]... [--name N]
              [--aet AE] [--dicom-port N] [--https-port N] [--http-port N]
              [--postgres-port N]
                                   portalul departamentului (Orthanc pe PostgreSQL)
  portal join DOSAR                alăturare cu ce a scris portal init pentru această
                                   stație (certificate, parteneri, titlu AE)
  demo                             adaugă pacientul demonstrativ (radiografii toracice, CT toracic)

Dosarul de date implicit este $DICOMNET_HOME, altfel datele aplicației ale utilizatorului.
Dacă are utilizatori, fiecare subcomandă autentifică unul (--user; parola din
--password-file, altfel cerută) și verifică ce îi permite rolul.
Prima pornire alege: cu utilizatori (--user LOGIN --admin-password-file FIȘIER creează
administratorul; întrebat într-un terminal) sau --single-user (fără autentificare; și
DICOMNET_SINGLE_USER=1).
</translation>
    </message>
</context>
<context>
    <name>dicomnet::gui::AuditDialog</name>
    <message>
        <source>Audit trail</source>
        <translation>Jurnal de audit</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation>ID pacient</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilizator</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Arată</translation>
    </message>
    <message>
        <source>Patient:</source>
        <translation>Pacient:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Utilizator:</translation>
    </message>
    <message>
        <source>Since:</source>
        <translation>Din:</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Când</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Gazdă</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acțiune</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Rezultat</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Pacient</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalii</translation>
    </message>
    <message>
        <source>Verify the chain</source>
        <translation>Verifică lanțul</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Se citește…</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n înregistrare</numerusform>
            <numerusform>%n înregistrări</numerusform>
            <numerusform>%n de înregistrări</numerusform>
        </translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Se verifică…</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#b00020&apos;&gt;The chain is broken at record %1: %2&lt;/b&gt;. Records may have been changed, removed or reordered.</source>
        <translation>&lt;b style=&apos;color:#b00020&apos;&gt;Lanțul este rupt la înregistrarea %1: %2&lt;/b&gt;. Înregistrări pot fi fost modificate, șterse sau reordonate.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b style=&apos;color:#1b5e20&apos;&gt;The chain is intact&lt;/b&gt;: %n record(s), each fits the one before.</source>
        <translation>
            <numerusform>&lt;b style=&apos;color:#1b5e20&apos;&gt;Lanțul este intact&lt;/b&gt;: %n înregistrare, fiecare se potrivește cu cea dinainte.</numerusform>
            <numerusform>&lt;b style=&apos;color:#1b5e20&apos;&gt;Lanțul este intact&lt;/b&gt;: %n înregistrări, fiecare se potrivește cu cea dinainte.</numerusform>
            <numerusform>&lt;b style=&apos;color:#1b5e20&apos;&gt;Lanțul este intact&lt;/b&gt;: %n de înregistrări, fiecare se potrivește cu cea dinainte.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dicomnet::gui::BrixiaDiagram</name>
    <message>
        <source>Click a zone to raise its score, right-click to lower it</source>
        <translation>Clic pe o zonă pentru a-i crește scorul, clic dreapta pentru a-l scădea</translation>
    </message>
    <message>
        <source>R</source>
        <translation>D</translation>
    </message>
    <message>
        <source>L</source>
        <translation>S</translation>
    </message>
</context>
<context>
    <name>dicomnet::gui::BrowserWorker</name>
    <message>
        <source>priority %1: %2</source>
        <translation>prioritate %1: %2</translation>
    </message>
</context>
<context>
    <name>dicomnet::gui::ComparisonController</name>
    <message>
        <source>Compare with previous</source>
        <translation>Compară cu precedentul</translation>
    </message>
    <message>
        <source>The current study beside the most relevant earlier one (%1)</source>
        <translation>Studiul curent alături de cel mai relevant studiu anterior (%1)</translation>
    </message>
    <message>
        <source>Aligned</source>
        <translation>Aliniat</translation>
    </message>
    <message>
        <source>Show the prior film aligned onto the current one</source>
        <translation>Arată filmul anterior aliniat pe cel curent</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Alături</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Ce s-a schimbat</translation>
    </message>
    <message>
        <source>Flicker</source>
        <translation>Alternare</translation>
    </message>
    <message>
        <source>Curtain</source>
        <translation>Cortină</translation>
    </message>
    <message>
        <source>Curtain: current on the left, prior on the right</source>
        <translation>Cortină: curentul în stânga, anteriorul în dreapta</translation>
    </message>
    <message>
        <source>Link scroll</source>
        <translation>Leagă derularea</translation>
    </message>
    <message>
        <source>Link zoom/pan</source>
        <translation>Leagă mărirea/deplasarea</translation>
    </message>
    <message>
        <source>Link window</source>
        <translation>Leagă fereastra</translation>
    </message>
    <message>
        <source>Open a study first.</source>
        <translation>Deschideți mai întâi un studiu.</translation>
    </message>
    <message>
        <source>Prior %1 · %2</source>
        <translation>Precedent %1 · %2</translation>
    </message>
    <message>
        <source>%1: %2 prior(s) of %3</source>
        <translation>%1: %2 studiu(i) anterior(e) din %3</translation>
    </message>
    <message>
        <source>The alignment could not be kept: %1</source>
        <translation>Alinierea nu a putut fi păstrată: %1</translation>
    </message>
    <message>
        <source>Volumes aligned (kept with the pair): scrolling follows the anatomy.</source>
        <translation>Volume aliniate (păstrat cu perechea): derularea urmează anatomia.</translation>
    </message>
    <message>
        <source>The volumes could not be aligned: %1; scrolling follows by relative position in the stacks</source>
        <translation>Volumele nu au putut fi aliniate: %1; derularea urmează poziția relativă în serii</translation>
    </message>
    <message>
        <source>Volumes aligned in %1 s: scrolling follows the anatomy.</source>
        <translation>Volume aliniate în %1 s: derularea urmează anatomia.</translation>
    </message>
    <message>
        <source>Aligning the prior volume (another frame of reference)…</source>
        <translation>Se aliniază volumul anterior (alt sistem de referință)…</translation>
    </message>
    <message>
        <source> /s</source>
        <translation> /s</translation>
    </message>
    <message>
        <source>Flicker: cycles a second</source>
        <translation>Alternare: cicluri pe secundă</translation>
    </message>
    <message>
        <source>PRIOR</source>
        <translation>PRECEDENT</translation>
    </message>
    <message>
        <source>Hanging protocols…</source>
        <translation>Protocoale de afișare…</translation>
    </message>
    <message>
        <source>How comparisons are laid out: your own protocols, tried first</source>
        <translation>Cum sunt așezate comparațiile: protocoalele dvs., încercate primele</translation>
    </message>
    <message numerus="yes">
        <source>Hanging protocols saved: %n of your own, tried first.</source>
        <translation>
            <numerusform>Protocoale de afișare salvate: %n al dvs., încercat primul.</numerusform>
            <numerusform>Protocoale de afișare salvate: %n ale dvs., încercate primele.</numerusform>
            <numerusform>Protocoale de afișare salvate: %n de-ale dvs., încercate primele.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dicomnet::gui::ConsultationEditor</name>
    <message>
        <source>No study</source>
        <translation>Niciun studiu</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Șablon:</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Numele dvs.</translation>
    </message>
    <message>
        <source>Author:</source>
        <translation>Autor:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organizație:</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Scoruri</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constatări</translation>
    </message>
    <message>
        <source>Impression</source>
        <translation>Concluzie</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recomandare</translation>
    </message>
    <message>
        <source>Key images</source>
        <translation>Imagini cheie</translation>
    </message>
    <message>
        <source>Add the image shown</source>
        <translation>Adaugă imaginea afișată</translation>
    </message>
    <message>
        <source>The image in the active viewport, with its measurements</source>
        <translation>Imaginea din fereastra activă, cu măsurătorile ei</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Elimină</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Salvează ciorna</translation>
    </message>
    <message>
        <source>Sign…</source>
        <translation>Semnează…</translation>
    </message>
    <message>
        <source>Amend</source>
        <translation>Amendează</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Tipărește…</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documente</translation>
    </message>
    <message>
        <source>Save the consultation as PDF</source>
        <translation>Salvează consultația ca PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Reading the study&apos;s consultations…</source>
        <translation>Se citesc consultațiile studiului…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Request&lt;/b&gt; (%1, %2) from %3 to %4: %5</source>
        <translation>&lt;b&gt;Solicitare&lt;/b&gt; (%1, %2) de la %3 către %4: %5</translation>
    </message>
    <message>
        <source>anyone</source>
        <translation>oricine</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; by %2. &lt;span style=&apos;color:%3&apos;&gt;%4&lt;/span&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; de %2. &lt;span style=&apos;color:%3&apos;&gt;%4&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Nesemnată</translation>
    </message>
    <message>
        <source>&lt;b&gt;Draft&lt;/b&gt; by %1, not signed yet.</source>
        <translation>&lt;b&gt;Ciornă&lt;/b&gt; de %1, încă nesemnată.</translation>
    </message>
    <message>
        <source>Image %1</source>
        <translation>Imaginea %1</translation>
    </message>
    <message>
        <source>No consultation yet.</source>
        <translation>Încă nicio consultație.</translation>
    </message>
    <message>
        <source>Not answered yet.</source>
        <translation>Încă fără răspuns.</translation>
    </message>
    <message>
        <source>%1 %2 · %3 · %4</source>
        <translation>%1 %2 · %3 · %4</translation>
    </message>
    <message>
        <source>request</source>
        <translation>solicitare</translation>
    </message>
    <message>
        <source>%1: &lt;b&gt;%2&lt;/b&gt; of %3</source>
        <translation>%1: &lt;b&gt;%2&lt;/b&gt; din %3</translation>
    </message>
    <message>
        <source>%1: when every part is scored</source>
        <translation>%1: când fiecare parte are scor</translation>
    </message>
    <message>
        <source>No image is shown</source>
        <translation>Nu este afișată nicio imagine</translation>
    </message>
    <message numerus="yes">
        <source>%n region(s) drawn</source>
        <translation>
            <numerusform>%n regiune desenată</numerusform>
            <numerusform>%n regiuni desenate</numerusform>
            <numerusform>%n de regiuni desenate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Image added to the consultation, with %n region(s)</source>
        <translation>
            <numerusform>Imagine adăugată la consultație, cu %n regiune</numerusform>
            <numerusform>Imagine adăugată la consultație, cu %n regiuni</numerusform>
            <numerusform>Imagine adăugată la consultație, cu %n de regiuni</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Amending&lt;/b&gt;: the signed version stays; yours will name it.</source>
        <translation>&lt;b&gt;Amendare&lt;/b&gt;: versiunea semnată rămâne; a dvs. o va numi.</translation>
    </message>
    <message>
        <source>Write your name as the author first</source>
        <translation>Scrieți mai întâi numele dvs. ca autor</translation>
    </message>
    <message>
        <source>Signing…</source>
        <translation>Se semnează…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Se salvează…</translation>
    </message>
    <message>
        <source>Signed: the consultation is final</source>
        <translation>Semnată: consultația este finală</translation>
    </message>
    <message>
        <source>Draft saved</source>
        <translation>Ciornă salvată</translation>
    </message>
    <message>
        <source>Save the draft first: the PDF shows what is stored</source>
        <translation>Salvați mai întâi ciorna: PDF-ul arată ce este stocat</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>S-a scris %1</translation>
    </message>
    <message>
        <source>Save the draft first: what is printed is what is stored</source>
        <translation>Salvați mai întâi ciorna: se tipărește ce este stocat</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Autentificat ca %1</translation>
    </message>
</context>
<context>
    <name>dicomnet::gui::DocumentDialog</name>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Se citește…</translation>
    </message>
    <message>
        <source>Open the PDF</source>
        <translation>Deschide PDF-ul</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Nesemnată</translation>
    </message>
    <message>
        <source>A PDF document</source>
        <translation>Un document PDF</translation>
    </message>
</context>
<context>
    <name>dicomnet::gui::FirstStartDialog</name>
    <message>
        <source>dicomnet — first start</source>
        <translation>dicomnet — prima pornire</translation>
    </message>
    <message>
        <source>&lt;b&gt;How will this workstation be used?&lt;/b&gt;&lt;br&gt;Data directory: %1</source>
        <translation>&lt;b&gt;Cum va fi folosită această stație?&lt;/b&gt;&lt;br&gt;Directorul de date: %1</translation>
    </message>
    <message>
        <source>With users — create the administrator now; everyone signs in, and what each may do follows their role</source>
        <translation>Cu utilizatori — creați acum administratorul; fiecare se autentifică, iar ce poate face depinde de rolul său</translation>
    </message>
    <message>
        <source>Administrator&apos;s login:</source>
        <translation>Autentificarea administratorului:</translation>
    </message>
    <message>
        <source>Family^Given, e.g. Rusu^Ana</source>
        <translation>Nume^Prenume, de ex. Rusu^Ana</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Numele complet:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Parola:</translation>
    </message>
    <message>
        <source>The same again:</source>
        <translation>Aceeași din nou:</translation>
    </message>
    <message>
        <source>Single user — one person, no sign-in (a demonstration, a personal workstation). Users can be added later.</source>
        <translation>Un singur utilizator — o persoană, fără autentificare (o demonstrație, o stație personală). Utilizatorii pot fi adăugați mai târziu.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Pornește</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Ieșire</translation>
    </message>
    <message>
        <source>The two passwords differ</source>
        <translation>Cele două parole diferă</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Se lucrează…</translation>
    </message>
</context>
<context>
    <name>dicomnet::gui::HangingProtocolDialog</name>
    <message>
        <source>Hanging protocols</source>
        <translation>Protocoale de afișare</translation>
    </message>
    <message>
        <source>Yours, tried first (top to bottom):</source>
        <translation>Ale dvs., încercate primele (de sus în jos):</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nou</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Șterge</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Sus</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Jos</translation>
    </message>
    <message>
        <source>Built in, tried after yours:</source>
        <translation>Încorporate, încercate după ale dvs.:</translation>
    </message>
    <message>
        <source>Copy to mine</source>
        <translation>Copiază la ale mele</translation>
    </message>
    <message>
        <source>%1 — saving replaces it.</source>
        <translation>%1 — salvarea îl înlocuiește.</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocol</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nume:</translation>
    </message>
    <message>
        <source>e.g. CR DX (empty: any)</source>
        <translation>de ex. CR DX (gol: oricare)</translation>
    </message>
    <message>
        <source>Modalities:</source>
        <translation>Modalități:</translation>
    </message>
    <message>
        <source>e.g. CHEST (empty: any)</source>
        <translation>de ex. CHEST (gol: oricare)</translation>
    </message>
    <message>
        <source>Body parts:</source>
        <translation>Regiuni anatomice:</translation>
    </message>
    <message>
        <source>Earlier studies:</source>
        <translation>Studii anterioare:</translation>
    </message>
    <message>
        <source>Layout (rows × columns):</source>
        <translation>Așezare (rânduri × coloane):</translation>
    </message>
    <message>
        <source>Align X-ray films onto the current one</source>
        <translation>Aliniază radiografiile pe cea curentă</translation>
    </message>
    <message>
        <source>Each study as axial, coronal and sagittal planes (CT, MR)</source>
        <translation>Fiecare studiu în planuri axial, coronal și sagital (CT, RM)</translation>
    </message>
    <message>
        <source>New protocol %1</source>
        <translation>Protocol nou %1</translation>
    </message>
    <message>
        <source>%1 (mine)</source>
        <translation>%1 (al meu)</translation>
    </message>
    <message>
        <source>A %1 study of the %2 would match no protocol.</source>
        <translation>Un studiu %1, regiunea %2, nu s-ar potrivi cu niciun protocol.</translation>
    </message>
    <message>
        <source>(any)</source>
        <translation>(oricare)</translation>
    </message>
    <message>
        <source>A %1 study of the %2 would open with: %3</source>
        <translation>Un studiu %1, regiunea %2, s-ar deschide cu: %3</translation>
    </message>
</context>
<context>
    <name>dicomnet::gui::JobsDialog</name>
    <message>
        <source>Jobs</source>
        <translation>Sarcini</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Sarcina</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stare</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Obiecte</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Verificare</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problemă</translation>
    </message>
    <message>
        <source>Asked for</source>
        <translation>Solicitat</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reîncearcă</translation>
    </message>
    <message>
        <source>Cancel the job</source>
        <translation>Anulează sarcina</translation>
    </message>
    <message>
        <source>%1 of %2 there (%3 sent, %4 already there)%5</source>
        <translation>%1 din %2 acolo (%3 trimise, %4 deja acolo)%5</translation>
    </message>
    <message>
        <source>, %1 refused</source>
        <translation>, %1 refuzate</translation>
    </message>
    <message>
        <source>Jobs — %1</source>
        <translation>Sarcini — %1</translation>
    </message>
    <message>
        <source>, %1 not fetched</source>
        <translation>, %1 nepreluate</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>de la %1</translation>
    </message>
    <message>
        <source>%1 of %2 here (%3 fetched, %4 already here)%5</source>
        <translation>%1 din %2 aici (%3 preluate, %4 deja aici)%5</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Nod</translation>
    </message>
</context>
<context>
    <name>dicomnet::gui::ListenerStatus</name>
    <message>
        <source>● Receiving as %1, port %2</source>
        <translation>● Recepție ca %1, portul %2</translation>
    </message>
    <message>
        <source>○ Not receiving</source>
        <translation>○ Recepția oprită</translation>
    </message>
    <message>
        <source>⚠ Not receiving: %1</source>
        <translation>⚠ Recepția oprită: %1</translation>
    </message>
    <message>
        <source>%1 %2 %3 from %4</source>
        <translation>%1 %2 %3 de la %4</translation>
    </message>
    <message numerus="yes">
        <source> — last: %1 (%n received)</source>
        <translation>
            <numerusform> — ultimul: %1 (%n primit)</numerusform>
            <numerusform> — ultimul: %1 (%n primite)</numerusform>
            <numerusform> — ultimul: %1 (%n de primite)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing received yet</source>
        <translation>Nimic primit încă</translation>
    </message>
    <message>
        <source>● Receiving as %1, port %2 (TLS)</source>
        <translation>● Recepție ca %1, portul %2 (TLS)</translation>
    </message>
</context>
<context>
    <name>dicomnet::gui::LockScreen</name>
    <message>
        <source>Login:</source>
        <translation>Autentificare:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Parola:</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Deblochează</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Locked&lt;/h2&gt;&lt;p&gt;%1 was signed in. Sign in again to go on; another user may sign in instead (what was open is then closed).&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Blocat&lt;/h2&gt;&lt;p&gt;%1 era autentificat. Autentificați-vă din nou pentru a continua; în locul său se poate autentifica alt utilizator (ce era deschis se închide atunci).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Se verifică…</translation>
    </message>
</context>
<context>
    <name>dicomnet::gui::MainWindow</name>
    <message>
        <source>dicomnet — studies</source>
        <translation>dicomnet — studii</translation>
    </message>
    <message>
        <source>Importing %v / %m</source>
        <translation>Import %v / %m</translation>
    </message>
    <message>
        <source>Stop import</source>
        <translation>Oprește importul</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s)</source>
        <translation>
            <numerusform>%n pacient</numerusform>
            <numerusform>%n pacienți</numerusform>
            <numerusform>%n de pacienți</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n study(ies)</source>
        <translation>
            <numerusform>%n studiu</numerusform>
            <numerusform>%n studii</numerusform>
            <numerusform>%n de studii</numerusform>
        </translation>
    </message>
    <message>
        <source>Cache: %1</source>
        <translation>Cache: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fișier</translation>
    </message>
    <message>
        <source>Import &amp;files…</source>
        <translation>Importă &amp;fișiere…</translation>
    </message>
    <message>
        <source>Import files</source>
        <translation>Importă fișiere</translation>
    </message>
    <message>
        <source>DICOM files, DICOMDIR and zip archives (*);;Zip archives (*.zip)</source>
        <translation>Fișiere DICOM, DICOMDIR și arhive zip (*);;Arhive zip (*.zip)</translation>
    </message>
    <message>
        <source>Import f&amp;older…</source>
        <translation>Importă &amp;dosar…</translation>
    </message>
    <message>
        <source>Import folder</source>
        <translation>Importă dosar</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Ieșire</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vizualizare</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Reîmprospătare</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Limbă</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Implicit (sistem)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ajutor</translation>
    </message>
    <message>
        <source>&amp;About dicomnet</source>
        <translation>&amp;Despre dicomnet</translation>
    </message>
    <message>
        <source>About dicomnet</source>
        <translation>Despre dicomnet</translation>
    </message>
    <message>
        <source>&lt;b&gt;dicomnet %1&lt;/b&gt;&lt;p&gt;A radiology workstation for remote consultation.&lt;/p&gt;&lt;p&gt;Cache: %2&lt;/p&gt;</source>
        <translation>&lt;b&gt;dicomnet %1&lt;/b&gt;&lt;p&gt;Stație de lucru radiologică pentru consultații la distanță.&lt;/p&gt;&lt;p&gt;Cache: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The language changes when dicomnet starts again.</source>
        <translation>Limba se schimbă la următoarea pornire a dicomnet.</translation>
    </message>
    <message>
        <source>Importing: %1 imported, %2 duplicates, %3 skipped, %4 rejected</source>
        <translation>Import: %1 importate, %2 duplicate, %3 omise, %4 respinse</translation>
    </message>
    <message>
        <source>Import: %1 imported, %2 duplicates, %3 skipped (not DICOM), %4 rejected</source>
        <translation>Import: %1 importate, %2 duplicate, %3 omise (nu sunt DICOM), %4 respinse</translation>
    </message>
    <message>
        <source> — stopped</source>
        <translation> — oprit</translation>
    </message>
    <message>
        <source>The import stopped: %1</source>
        <translation>Importul s-a oprit: %1</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation>&amp;Rețea</translation>
    </message>
    <message>
        <source>&amp;Peers…</source>
        <translation>&amp;Parteneri…</translation>
    </message>
    <message>
        <source>&amp;Receiving…</source>
        <translation>&amp;Recepție…</translation>
    </message>
    <message>
        <source>Refused a sender: %1</source>
        <translation>Expeditor refuzat: %1</translation>
    </message>
    <message>
        <source>&amp;Query and retrieve…</source>
        <translation>&amp;Interogare și preluare…</translation>
    </message>
    <message>
        <source>Choose the study the request is about first</source>
        <translation>Alegeți mai întâi studiul la care se referă solicitarea</translation>
    </message>
    <message>
        <source>Consultation requested</source>
        <translation>Consultație solicitată</translation>
    </message>
    <message>
        <source>&amp;Consultation</source>
        <translation>&amp;Consultație</translation>
    </message>
    <message>
        <source>&amp;Request a consultation…</source>
        <translation>&amp;Solicită o consultație…</translation>
    </message>
    <message>
        <source>&amp;Waiting for me</source>
        <translation>&amp;În așteptarea mea</translation>
    </message>
    <message>
        <source>Sending to %1 (job %2)</source>
        <translation>Se trimite către %1 (sarcina %2)</translation>
    </message>
    <message>
        <source>&amp;Jobs…</source>
        <translation>&amp;Sarcini…</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Nepermis</translation>
    </message>
    <message>
        <source>&amp;Administration</source>
        <translation>&amp;Administrare</translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation>Jurnal de &amp;audit…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Blochează</translation>
    </message>
    <message>
        <source>&amp;Switch user…</source>
        <translation>&amp;Schimbă utilizatorul…</translation>
    </message>
    <message>
        <source>dicomnet — studies — %1 (%2)</source>
        <translation>dicomnet — studii — %1 (%2)</translation>
    </message>
    <message>
        <source>dicomnet — locked</source>
        <translation>dicomnet — blocat</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Autentificat ca %1</translation>
    </message>
    <message>
        <source>&amp;Statistics…</source>
        <translation>&amp;Statistici…</translation>
    </message>
</context>
<context>
    <name>dicomnet::gui::PeersDialog</name>
    <message>
        <source>Peers</source>
        <translation>Parteneri</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <source>AE title</source>
        <translation>Titlu AE</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Gazdă</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Check (C-ECHO)</source>
        <translation>Verifică (C-ECHO)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Șterge</translation>
    </message>
    <message>
        <source>DICOM over TLS</source>
        <translation>DICOM prin TLS</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nume:</translation>
    </message>
    <message>
        <source>AE title:</source>
        <translation>Titlu AE:</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Gazdă:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Add peer</source>
        <translation>Adaugă partener</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nu</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>Adăugat %1.</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>Șters %1.</translation>
    </message>
    <message>
        <source>Choose a peer first.</source>
        <translation>Alegeți mai întâi un partener.</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Se verifică %1…</translation>
    </message>
    <message>
        <source>%1 answered in %2 ms.</source>
        <translation>%1 a răspuns în %2 ms.</translation>
    </message>
    <message>
        <source>%1 did not answer: %2</source>
        <translation>%1 nu a răspuns: %2</translation>
    </message>
    <message>
        <source>optional: the peer&apos;s certificate (PEM)</source>
        <translation>opțional: certificatul partenerului (PEM)</translation>
    </message>
    <message>
        <source>Only this certificate is accepted from the peer. Without it, any certificate from the site CA whose name is the peer&apos;s name is.</source>
        <translation>De la partener se acceptă doar acest certificat. Fără el, se acceptă orice certificat de la CA-ul instituției pe numele partenerului.</translation>
    </message>
    <message>
        <source>The peer&apos;s certificate</source>
        <translation>Certificatul partenerului</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation>Certificate (*.pem *.crt)</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Certificat:</translation>
    </message>
    <message>
        <source>yes (site CA, named %1)</source>
        <translation>da (CA-ul instituției, pe numele %1)</translation>
    </message>
    <message>
        <source>yes (certificate %1…)</source>
        <translation>da (certificatul %1…)</translation>
    </message>
</context>
<context>
    <name>dicomnet::gui::QueryRetrieveDialog</name>
    <message>
        <source>Query and retrieve</source>
        <translation>Interogare și preluare</translation>
    </message>
    <message>
        <source>e.g. POPESCU* (wildcards * and ?)</source>
        <translation>de ex. POPESCU* (caractere de înlocuire * și ?)</translation>
    </message>
    <message>
        <source>YYYYMMDD or YYYYMMDD-YYYYMMDD</source>
        <translation>AAAALLZZ sau AAAALLZZ-AAAALLZZ</translation>
    </message>
    <message>
        <source>e.g. CR</source>
        <translation>de ex. CR</translation>
    </message>
    <message>
        <source>Peer:</source>
        <translation>Partener:</translation>
    </message>
    <message>
        <source>Patient name:</source>
        <translation>Numele pacientului:</translation>
    </message>
    <message>
        <source>Patient ID:</source>
        <translation>ID pacient:</translation>
    </message>
    <message>
        <source>Study date:</source>
        <translation>Data studiului:</translation>
    </message>
    <message>
        <source>Modality:</source>
        <translation>Modalitate:</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Caută</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Pacient</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation>ID pacient</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Modalitate</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descriere</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Imagini</translation>
    </message>
    <message>
        <source>Study UID</source>
        <translation>UID studiu</translation>
    </message>
    <message>
        <source>No peers yet: add one in Network → Peers…</source>
        <translation>Încă nu există parteneri: adăugați unul în Rețea → Parteneri…</translation>
    </message>
    <message>
        <source>Choose a peer.</source>
        <translation>Alegeți un partener.</translation>
    </message>
    <message>
        <source>Searching %1…</source>
        <translation>Se caută pe %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n study(ies) found.</source>
        <translation>
            <numerusform>%n studiu găsit.</numerusform>
            <numerusform>%n studii găsite.</numerusform>
            <numerusform>%n de studii găsite.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retrieving %1…</source>
        <translation>Se preia %1…</translation>
    </message>
    <message>
        <source>Retrieve the study</source>
        <translation>Aduce studiul</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Seria</translation>
    </message>
    <message>
        <source>Series UID</source>
        <translation>UID serie</translation>
    </message>
    <message>
        <source>Choose a series to retrieve only it; otherwise the whole study comes.</source>
        <translation>Alegeți o serie pentru a aduce doar seria; altfel vine tot studiul.</translation>
    </message>
    <message>
        <source>Retrieve the series</source>
        <translation>Aduce seria</translation>
    </message>
    <message>
        <source>Receiving is off: only peers that offer C-GET can send studies here. Turn it on in Network → Receiving… for the others.</source>
        <translation>Recepția este oprită: doar partenerii care oferă C-GET pot trimite studii aici. Porniți-o din Rețea → Recepție… pentru ceilalți.</translation>
    </message>
    <message>
        <source>series %1</source>
        <translation>seria %1</translation>
    </message>
    <message>
        <source>Retrieved %1 object(s) by C-GET, %2 failed: %3 new here, %4 already here.</source>
        <translation>Aduse %1 obiect(e) prin C-GET, %2 eșuate: %3 noi aici, %4 deja aici.</translation>
    </message>
    <message>
        <source>The peer does not offer C-GET, and receiving is off: turn it on in Network → Receiving… for a C-MOVE.</source>
        <translation>Partenerul nu oferă C-GET, iar recepția este oprită: porniți-o din Rețea → Recepție… pentru un C-MOVE.</translation>
    </message>
    <message>
        <source>Retrieved %1 object(s) by C-MOVE, %2 failed.</source>
        <translation>Aduse %1 obiect(e) prin C-MOVE, %2 eșuate.</translation>
    </message>
    <message>
        <source>All of it is here already.</source>
        <translation>Totul este deja aici.</translation>
    </message>
    <message>
        <source>Fetching %1 from %2 as job %3 (Network → Jobs… shows how far it got).</source>
        <translation>Se preia %1 de la %2 ca lucrarea %3 (Rețea → Sarcini… arată cât a avansat).</translation>
    </message>
</context>
<context>
    <name>dicomnet::gui::ReceivingDialog</name>
    <message>
        <source>Receiving</source>
        <translation>Recepție</translation>
    </message>
    <message>
        <source>Receive studies sent to this workstation</source>
        <translation>Primește studiile trimise acestei stații</translation>
    </message>
    <message>
        <source>AE title:</source>
        <translation>Titlu AE:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Senders at once:</source>
        <translation>Expeditori simultan:</translation>
    </message>
    <message>
        <source>Secure (DICOM TLS): senders need a certificate from the site CA</source>
        <translation>Securizat (DICOM TLS): expeditorii au nevoie de un certificat de la CA-ul instituției</translation>
    </message>
    <message>
        <source>This workstation has no site certificate yet: dicomnet certs init</source>
        <translation>Această stație nu are încă un certificat al instituției: dicomnet certs init</translation>
    </message>
    <message>
        <source>Only from known peers (AE title; with TLS, their certificate)</source>
        <translation>Doar de la parteneri cunoscuți (titlu AE; cu TLS, și certificatul lor)</translation>
    </message>
</context>
<context>
    <name>dicomnet::gui::RequestDialog</name>
    <message>
        <source>Request a consultation</source>
        <translation>Solicită o consultație</translation>
    </message>
    <message>
        <source>The question, with the clinical context</source>
        <translation>Întrebarea, cu contextul clinic</translation>
    </message>
    <message>
        <source>Question:</source>
        <translation>Întrebare:</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>De rutină</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgentă</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Urgență majoră</translation>
    </message>
    <message>
        <source>Urgency:</source>
        <translation>Urgență:</translation>
    </message>
    <message>
        <source>A radiologist, or a peer; empty: anyone</source>
        <translation>Un radiolog sau un partener; gol: oricine</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>Pentru:</translation>
    </message>
    <message>
        <source>Asked by:</source>
        <translation>Solicitată de:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organizație:</translation>
    </message>
    <message>
        <source>Send the request</source>
        <translation>Trimite solicitarea</translation>
    </message>
    <message>
        <source>Keep here (someone answers on this workstation)</source>
        <translation>Rămâne aici (se răspunde pe această stație)</translation>
    </message>
    <message>
        <source>Send the study to %1</source>
        <translation>Trimite studiul către %1</translation>
    </message>
    <message>
        <source>Send:</source>
        <translation>Trimite:</translation>
    </message>
</context>
<context>
    <name>dicomnet::gui::ScoreSuggestions</name>
    <message>
        <source>Suggested by the signed cases</source>
        <translation>Sugerat de cazurile semnate</translation>
    </message>
    <message>
        <source>Use these scores</source>
        <translation>Folosește aceste scoruri</translation>
    </message>
    <message>
        <source>Copies the suggested scores into the form, to check and change before signing</source>
        <translation>Copiază scorurile sugerate în formular, pentru a fi verificate și modificate înainte de semnare</translation>
    </message>
    <message>
        <source>No study.</source>
        <translation>Niciun studiu.</translation>
    </message>
    <message>
        <source>Looking for similar signed cases…</source>
        <translation>Se caută cazuri semnate asemănătoare…</translation>
    </message>
    <message>
        <source>No suggestion: %1</source>
        <translation>Nicio sugestie: %1</translation>
    </message>
    <message>
        <source>%1 &lt;b&gt;%2&lt;/b&gt; &lt;small&gt;(%3 %)&lt;/small&gt;</source>
        <translation>%1 &lt;b&gt;%2&lt;/b&gt; &lt;small&gt;(%3 %)&lt;/small&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%1&lt;br&gt;From %n signed case(s), the nearest:</source>
        <translation>
            <numerusform>%1&lt;br&gt;Din %n caz semnat, cel mai apropiat:</numerusform>
            <numerusform>%1&lt;br&gt;Din %n cazuri semnate, cele mai apropiate:</numerusform>
            <numerusform>%1&lt;br&gt;Din %n de cazuri semnate, cele mai apropiate:</numerusform>
        </translation>
    </message>
    <message>
        <source>Unlike the stored cases (novel): look carefully.</source>
        <translation>Diferit de cazurile stocate (nou): priviți cu atenție.</translation>
    </message>
</context>
<context>
    <name>dicomnet::gui::SignInDialog</name>
    <message>
        <source>dicomnet — sign in</source>
        <translation>dicomnet — autentificare</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sign in to dicomnet&lt;/b&gt;&lt;br&gt;%1 · %2</source>
        <translation>&lt;b&gt;Autentificare în dicomnet&lt;/b&gt;&lt;br&gt;%1 · %2</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Autentificare:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Parola:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Autentificare</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Ieșire</translation>
    </message>
    <message>
        <source>Type your login and password</source>
        <translation>Scrieți numele de autentificare și parola</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Se verifică…</translation>
    </message>
</context>
<context>
    <name>dicomnet::gui::SigningDialog</name>
    <message>
        <source>Sign the consultation</source>
        <translation>Semnează consultația</translation>
    </message>
    <message>
        <source>Signing makes the consultation final: it is completed, verified by you and signed with your certificate. Changes after that are amendments.</source>
        <translation>Semnarea face consultația finală: este completată, verificată de dvs. și semnată cu certificatul dvs. Schimbările ulterioare sunt amendamente.</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Certificat:</translation>
    </message>
    <message>
        <source>Your certificate</source>
        <translation>Certificatul dvs.</translation>
    </message>
    <message>
        <source>Private key:</source>
        <translation>Cheie privată:</translation>
    </message>
    <message>
        <source>Your private key</source>
        <translation>Cheia dvs. privată</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Parolă:</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Semnează</translation>
    </message>
</context>
<context>
    <name>dicomnet::gui::SimilarCasesPanel</name>
    <message>
        <source>Distance</source>
        <translation>Distanță</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Pacient</translation>
    </message>
    <message>
        <source>Signed scores</source>
        <translation>Scoruri semnate</translation>
    </message>
    <message>
        <source>Open beside</source>
        <translation>Deschide alături</translation>
    </message>
    <message>
        <source>Shows the selected study next to the current one</source>
        <translation>Afișează studiul selectat lângă cel curent</translation>
    </message>
    <message>
        <source>Looking for similar studies…</source>
        <translation>Se caută studii asemănătoare…</translation>
    </message>
    <message>
        <source>The studies of other patients most like this one, of %1 stored:</source>
        <translation>Studiile altor pacienți cele mai asemănătoare cu acesta, din %1 stocate:</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>nesemnat</translation>
    </message>
</context>
<context>
    <name>dicomnet::gui::StatisticsWindow</name>
    <message>
        <source>Statistics</source>
        <translation>Statistici</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Lună</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Săptămână</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>An</translation>
    </message>
    <message>
        <source>This workstation&apos;s cache</source>
        <translation>Memoria acestei stații</translation>
    </message>
    <message>
        <source>Portal %1 (volume only)</source>
        <translation>Portalul %1 (doar volumul)</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Arată</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>De la:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Până la:</translation>
    </message>
    <message>
        <source>By:</source>
        <translation>Pe:</translation>
    </message>
    <message>
        <source>Counted in:</source>
        <translation>Numărat în:</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Perioadă</translation>
    </message>
    <message>
        <source>Studies</source>
        <translation>Studii</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Imagini</translation>
    </message>
    <message>
        <source>COVID-19</source>
        <translation>COVID-19</translation>
    </message>
    <message>
        <source>COVID-19 %</source>
        <translation>COVID-19 %</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Cerute</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Răspunse</translation>
    </message>
    <message>
        <source>Median h</source>
        <translation>Mediana h</translation>
    </message>
    <message>
        <source>P90 h</source>
        <translation>P90 h</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volum</translation>
    </message>
    <message>
        <source>Turnaround</source>
        <translation>Durată</translation>
    </message>
    <message>
        <source>Readers</source>
        <translation>Cititori</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabel</translation>
    </message>
    <message>
        <source>Export chart as PNG…</source>
        <translation>Exportă graficul ca PNG…</translation>
    </message>
    <message>
        <source>Export table as CSV…</source>
        <translation>Exportă tabelul ca CSV…</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Se numără…</translation>
    </message>
    <message>
        <source>%1 studies, %2 images</source>
        <translation>%1 studii, %2 imagini</translation>
    </message>
    <message>
        <source>; COVID-19 investigations: %1 (%2 %)</source>
        <translation>; investigații COVID-19: %1 (%2 %)</translation>
    </message>
    <message>
        <source>; consultations: %1 requested, %2 answered; turnaround median %3 h, 90th percentile %4 h</source>
        <translation>; consultații: %1 cerute, %2 răspunse; durata: mediana %3 h, percentila 90 %4 h</translation>
    </message>
    <message>
        <source>. Reading on screen, not on film and paper, saved about %1 %2 (%3 an exam).</source>
        <translation>. Citirea pe ecran, nu pe film și hârtie, a economisit circa %1 %2 (%3 o examinare).</translation>
    </message>
    <message>
        <source>. Set the cost of one exam on film and paper (dicomnet stats cost) to estimate the savings.</source>
        <translation>. Stabiliți costul unei examinări pe film și hârtie (dicomnet stats cost) pentru a estima economiile.</translation>
    </message>
    <message>
        <source> on the portal, from every workstation that sends to it.</source>
        <translation> pe portal, de la toate stațiile care trimit acolo.</translation>
    </message>
    <message>
        <source>Studies per period on the portal, by modality</source>
        <translation>Studii pe perioadă pe portal, pe modalități</translation>
    </message>
    <message>
        <source>Studies per period by modality, and the COVID-19 share</source>
        <translation>Studii pe perioadă și modalitate, și ponderea COVID-19</translation>
    </message>
    <message>
        <source>studies</source>
        <translation>studii</translation>
    </message>
    <message>
        <source>COVID-19 share (%)</source>
        <translation>Ponderea COVID-19 (%)</translation>
    </message>
    <message>
        <source>COVID-19 share</source>
        <translation>Ponderea COVID-19</translation>
    </message>
    <message>
        <source>Turnaround from request to signed answer (hours), by period</source>
        <translation>Durata de la cerere la răspunsul semnat (ore), pe perioadă</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Mediana</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>Percentila 90</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>ore</translation>
    </message>
    <message>
        <source>Signed answers per reader</source>
        <translation>Răspunsuri semnate pe cititor</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Răspunsuri</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Exportă graficul</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imagini PNG (*.png)</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>Nu se poate scrie %1</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>Exportă tabelul</translation>
    </message>
    <message>
        <source>Comma-separated values (*.csv)</source>
        <translation>Valori separate prin virgulă (*.csv)</translation>
    </message>
</context>
<context>
    <name>dicomnet::gui::StudyBrowser</name>
    <message>
        <source>Patient</source>
        <translation>Pacient</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation>ID pacient</translation>
    </message>
    <message>
        <source>Studies</source>
        <translation>Studii</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Modalitate</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descriere</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Serii</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Imagini</translation>
    </message>
    <message>
        <source>Accession</source>
        <translation>Nr. acces</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Număr</translation>
    </message>
    <message>
        <source>Body part</source>
        <translation>Regiune</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Pacienți</translation>
    </message>
    <message>
        <source>Patient name</source>
        <translation>Numele pacientului</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Orice dată</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Azi</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Ultimele 7 zile</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Ultimele 30 de zile</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Ultimele 12 luni</translation>
    </message>
    <message>
        <source>Between…</source>
        <translation>Între…</translation>
    </message>
    <message>
        <source>Any modality</source>
        <translation>Orice modalitate</translation>
    </message>
    <message>
        <source>Search:</source>
        <translation>Căutare:</translation>
    </message>
    <message>
        <source>The cache is empty. Drop DICOM files, folders, DICOMDIRs or zip archives on this window, or use File → Import.</source>
        <translation>Cache-ul este gol. Trageți aici fișiere DICOM, dosare, DICOMDIR sau arhive zip, sau folosiți Fișier → Import.</translation>
    </message>
    <message>
        <source>No study matches the search.</source>
        <translation>Niciun studiu nu corespunde căutării.</translation>
    </message>
    <message>
        <source>Showing the newest %1 studies; narrow the search to see the others.</source>
        <translation>Se afișează cele mai noi %1 studii; restrângeți căutarea pentru a le vedea pe celelalte.</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Consultație</translation>
    </message>
    <message>
        <source>Waiting for me</source>
        <translation>În așteptarea mea</translation>
    </message>
    <message>
        <source>Studies with a consultation request for you (or anyone), or a draft of yours</source>
        <translation>Studii cu o solicitare de consultație pentru dvs. (sau oricine) ori o ciornă a dvs.</translation>
    </message>
    <message>
        <source>Waiting for me (%1)</source>
        <translation>În așteptarea mea (%1)</translation>
    </message>
    <message>
        <source>waiting for you</source>
        <translation>vă așteaptă</translation>
    </message>
    <message>
        <source>waiting for you — %1</source>
        <translation>vă așteaptă — %1</translation>
    </message>
    <message>
        <source>%1 + %2 away</source>
        <translation>%1 + %2 plecate</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) evicted from this cache, held by %1; opening the study brings them back</source>
        <translation>
            <numerusform>%n imagine evacuată din acest cache, păstrată de %1; deschiderea studiului o aduce înapoi</numerusform>
            <numerusform>%n imagini evacuate din acest cache, păstrate de %1; deschiderea studiului le aduce înapoi</numerusform>
            <numerusform>%n de imagini evacuate din acest cache, păstrate de %1; deschiderea studiului le aduce înapoi</numerusform>
        </translation>
    </message>
    <message>
        <source>nowhere known</source>
        <translation>nicăieri cunoscut</translation>
    </message>
</context>
<context>
    <name>dicomnet::gui::TimelinePanel</name>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Modalitate</translation>
    </message>
    <message>
        <source>Body part</source>
        <translation>Regiune</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descriere</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Imagini</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Consultație</translation>
    </message>
    <message>
        <source>In this workstation</source>
        <translation>Pe această stație</translation>
    </message>
    <message>
        <source>On peers, not here (click to fetch)</source>
        <translation>La parteneri, nu aici (clic pentru preluare)</translation>
    </message>
    <message>
        <source>Patient %1</source>
        <translation>Pacient %1</translation>
    </message>
    <message>
        <source>Patient %1 (%2)</source>
        <translation>Pacient %1 (%2)</translation>
    </message>
    <message>
        <source>shown</source>
        <translation>afișat</translation>
    </message>
    <message>
        <source>compared with the one shown</source>
        <translation>comparat cu cel afișat</translation>
    </message>
    <message>
        <source>%1 — on %2</source>
        <translation>%1 — la %2</translation>
    </message>
    <message>
        <source>Peers not reached: %1</source>
        <translation>Parteneri neatinși: %1</translation>
    </message>
    <message>
        <source>fetching…</source>
        <translation>se preia…</translation>
    </message>
    <message>
        <source>Fetching the study from %1…</source>
        <translation>Se preia studiul de la %1…</translation>
    </message>
    <message>
        <source>Not fetched: %1</source>
        <translation>Nepreluat: %1</translation>
    </message>
</context>
<context>
    <name>dicomnet::gui::ViewerWindow</name>
    <message>
        <source>Loading…</source>
        <translation>Se încarcă…</translation>
    </message>
    <message>
        <source>Viewport %1: %2 images, first in %3 ms, all in %4 ms</source>
        <translation>Zona %1: %2 imagini, prima în %3 ms, toate în %4 ms</translation>
    </message>
    <message>
        <source>%1 — dicomnet</source>
        <translation>%1 — dicomnet</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Vizualizator</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fereastră</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>Deplasare</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Mărire</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Distanță</translation>
    </message>
    <message>
        <source>Angle</source>
        <translation>Unghi</translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation>Dreptunghi</translation>
    </message>
    <message>
        <source>Ellipse</source>
        <translation>Elipsă</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>Presetări</translation>
    </message>
    <message>
        <source>CT lung</source>
        <translation>CT pulmonar</translation>
    </message>
    <message>
        <source>CT mediastinum</source>
        <translation>CT mediastin</translation>
    </message>
    <message>
        <source>CT bone</source>
        <translation>CT os</translation>
    </message>
    <message>
        <source>CT brain</source>
        <translation>CT creier</translation>
    </message>
    <message>
        <source>Invert</source>
        <translation>Inversare</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Încadrare</translation>
    </message>
    <message>
        <source>1:1</source>
        <translation>1:1</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>Rotire</translation>
    </message>
    <message>
        <source>Flip ↔</source>
        <translation>Oglindire ↔</translation>
    </message>
    <message>
        <source>Flip ↕</source>
        <translation>Oglindire ↕</translation>
    </message>
    <message>
        <source>Cine</source>
        <translation>Cine</translation>
    </message>
    <message>
        <source>MPR</source>
        <translation>MPR</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparare</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronologie</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Consultație</translation>
    </message>
    <message>
        <source>Click the image to add first</source>
        <translation>Faceți clic mai întâi pe imaginea de adăugat</translation>
    </message>
    <message>
        <source>A reformatted plane is not an image of the study: add it from the stack</source>
        <translation>Un plan reformatat nu este o imagine a studiului: adăugați-o din stivă</translation>
    </message>
    <message>
        <source>The image is still loading</source>
        <translation>Imaginea încă se încarcă</translation>
    </message>
    <message>
        <source>Add to report</source>
        <translation>Adaugă la raport</translation>
    </message>
    <message>
        <source>Add the image shown, with its measurements, to the consultation (Ctrl+K)</source>
        <translation>Adaugă imaginea afișată, cu măsurătorile ei, la consultație (Ctrl+K)</translation>
    </message>
    <message>
        <source>Similar cases</source>
        <translation>Cazuri asemănătoare</translation>
    </message>
    <message>
        <source>Similar: %1 %2 · %3</source>
        <translation>Asemănător: %1 %2 · %3</translation>
    </message>
    <message>
        <source>%1 beside the current study</source>
        <translation>%1 lângă studiul curent</translation>
    </message>
    <message>
        <source>Measure: distance, angle, rectangle or ellipse</source>
        <translation>Măsurare: distanță, unghi, dreptunghi sau elipsă</translation>
    </message>
    <message>
        <source>Viewports: 1×1, 1×2, 2×1 or 2×2</source>
        <translation>Ferestre de imagine: 1×1, 1×2, 2×1 sau 2×2</translation>
    </message>
    <message>
        <source>Rotate by 90°; flip from the menu</source>
        <translation>Rotire cu 90°; oglindire din meniu</translation>
    </message>
    <message>
        <source>3D</source>
        <translation>3D</translation>
    </message>
    <message>
        <source>The series as a volume, in a window of its own (CT, MR)</source>
        <translation>Seria ca volum, într-o fereastră separată (CT, RM)</translation>
    </message>
    <message>
        <source>Open a CT or MR series first.</source>
        <translation>Deschideți mai întâi o serie CT sau RM.</translation>
    </message>
</context>
<context>
    <name>dicomnet::gui::VolumeWindow</name>
    <message>
        <source>Cropping</source>
        <translation>Decupare</translation>
    </message>
    <message>
        <source>Left drag turns, right drag or the wheel zooms, middle drag pans</source>
        <translation>Tragere cu stânga: rotire; cu dreapta sau rotița: zoom; cu mijlocul: deplasare</translation>
    </message>
    <message>
        <source>%1 · last frame %2 ms</source>
        <translation>%1 · ultimul cadru %2 ms</translation>
    </message>
    <message>
        <source>3D</source>
        <translation>3D</translation>
    </message>
    <message>
        <source>Bone</source>
        <translation>Os</translation>
    </message>
    <message>
        <source>Lung</source>
        <translation>Plămân</translation>
    </message>
    <message>
        <source>Soft tissue</source>
        <translation>Țesut moale</translation>
    </message>
    <message>
        <source>MR</source>
        <translation>RM</translation>
    </message>
    <message>
        <source>Colour and opacity by value</source>
        <translation>Culoare și opacitate după valoare</translation>
    </message>
    <message>
        <source>GPU ray casting</source>
        <translation>Ray casting pe GPU</translation>
    </message>
    <message>
        <source>CPU ray casting</source>
        <translation>Ray casting pe CPU</translation>
    </message>
    <message>
        <source>Where the rays are cast: the graphics card (or Mesa&apos;s software OpenGL without one), or every core of the processor</source>
        <translation>Unde se calculează razele: placa grafică (sau OpenGL-ul software Mesa, în lipsa ei) ori toate nucleele procesorului</translation>
    </message>
    <message>
        <source>Front view</source>
        <translation>Vedere din față</translation>
    </message>
    <message>
        <source>Turn 90°</source>
        <translation>Rotire 90°</translation>
    </message>
    <message>
        <source>Where the kept part starts</source>
        <translation>Unde începe partea păstrată</translation>
    </message>
    <message>
        <source>Where it ends</source>
        <translation>Unde se termină</translation>
    </message>
    <message>
        <source>Whole volume</source>
        <translation>Tot volumul</translation>
    </message>
    <message>
        <source>3D — %1 · %2 — dicomnet</source>
        <translation>3D — %1 · %2 — dicomnet</translation>
    </message>
    <message>
        <source>MIP</source>
        <translation>MIP</translation>
    </message>
</context>
<context>
    <name>dicomnet::viewer::FilmComparison</name>
    <message>
        <source>Aligning the prior onto the current film…</source>
        <translation>Se aliniază anteriorul pe filmul curent…</translation>
    </message>
    <message>
        <source>alignment stopped</source>
        <translation>aliniere oprită</translation>
    </message>
    <message>
        <source>The films could not be aligned: %1</source>
        <translation>Filmele nu au putut fi aliniate: %1</translation>
    </message>
    <message>
        <source>rotation %1°, shift %2, %3 pixels, scale %4</source>
        <translation>rotație %1°, deplasare %2, %3 pixeli, scară %4</translation>
    </message>
    <message>
        <source>Aligned (kept with the pair): %1</source>
        <translation>Aliniat (păstrat cu perechea): %1</translation>
    </message>
    <message>
        <source>Aligned in %1 s: %2</source>
        <translation>Aliniat în %1 s: %2</translation>
    </message>
    <message>
        <source>PRIOR · aligning…</source>
        <translation>PRECEDENT · se aliniază…</translation>
    </message>
    <message>
        <source>PRIOR · not aligned</source>
        <translation>PRECEDENT · nealiniat</translation>
    </message>
    <message>
        <source>PRIOR · aligned</source>
        <translation>PRECEDENT · aliniat</translation>
    </message>
    <message>
        <source>PRIOR · as taken</source>
        <translation>PRECEDENT · așa cum a fost făcut</translation>
    </message>
    <message>
        <source>CHANGES</source>
        <translation>SCHIMBĂRI</translation>
    </message>
    <message>
        <source>CURRENT</source>
        <translation>ACTUAL</translation>
    </message>
    <message>
        <source>CURRENT | PRIOR</source>
        <translation>ACTUAL | PRECEDENT</translation>
    </message>
    <message>
        <source>denser than before: %1 %</source>
        <translation>mai dens decât înainte: %1 %</translation>
    </message>
    <message>
        <source>clearer than before: %1 %</source>
        <translation>mai clar decât înainte: %1 %</translation>
    </message>
</context>
<context>
    <name>dicomnet::viewer::ImageView</name>
    <message>
        <source>Drag a series here</source>
        <translation>Trageți o serie aici</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Se încarcă…</translation>
    </message>
    <message>
        <source>Image %1/%2</source>
        <translation>Imaginea %1/%2</translation>
    </message>
    <message>
        <source>Frame %1/%2</source>
        <translation>Cadrul %1/%2</translation>
    </message>
    <message>
        <source>Zoom %1%</source>
        <translation>Mărire %1%</translation>
    </message>
    <message>
        <source>Spacing at the detector (not calibrated)</source>
        <translation>Spațiere la detector (necalibrată)</translation>
    </message>
    <message>
        <source>%1 mm</source>
        <translation>%1 mm</translation>
    </message>
    <message>
        <source>%1 %2/%3</source>
        <translation>%1 %2/%3</translation>
    </message>
    <message>
        <source>Axial</source>
        <translation>Axial</translation>
    </message>
    <message>
        <source>Coronal</source>
        <translation>Coronal</translation>
    </message>
    <message>
        <source>Sagittal</source>
        <translation>Sagital</translation>
    </message>
    <message>
        <source>W/L %1/%2</source>
        <translation>W/L %1/%2</translation>
    </message>
</context>
<context>
    <name>dicomnet::viewer::ViewerPanel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The series is still loading.</source>
        <translation>Seria încă se încarcă.</translation>
    </message>
    <message>
        <source>This series is not a volume (it needs 8 or more evenly spaced slices of one size and orientation).</source>
        <translation>Această serie nu este un volum (are nevoie de cel puțin 8 secțiuni egal distanțate, de aceeași mărime și orientare).</translation>
    </message>
</context>
<context>
    <name>dicomnet::viewer::VolumeView</name>
    <message>
        <source>GPU ray casting (%1)</source>
        <translation>Ray casting pe GPU (%1)</translation>
    </message>
    <message>
        <source>CPU ray casting (%1 threads)</source>
        <translation>Ray casting pe CPU (%1 fire)</translation>
    </message>
</context>
<context>
    <name>dicomnet::workflow::Receiver</name>
    <message>
        <source>no site certificate for TLS (dicomnet certs init)</source>
        <translation>niciun certificat al instituției pentru TLS (dicomnet certs init)</translation>
    </message>
</context>
</TS>
