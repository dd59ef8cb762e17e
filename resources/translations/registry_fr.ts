<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AttendanceModel</name>
    <message>
        <location filename="../../registry_app/gui/models/attendance_model.py" line="29"/>
        <source>present</source>
        <translation>présent</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/models/attendance_model.py" line="30"/>
        <source>late</source>
        <translation>en retard</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/models/attendance_model.py" line="31"/>
        <source>excused</source>
        <translation>excusé</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/models/attendance_model.py" line="32"/>
        <source>absent</source>
        <translation>absent</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/models/attendance_model.py" line="90"/>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/models/attendance_model.py" line="91"/>
        <source>Attendance</source>
        <translation>Présence</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/models/attendance_model.py" line="92"/>
        <source>Pre-test</source>
        <translation>Pré-test</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/models/attendance_model.py" line="93"/>
        <source>Post-test</source>
        <translation>Post-test</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/models/attendance_model.py" line="134"/>
        <source>no session</source>
        <translation>pas de séance</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/models/attendance_model.py" line="135"/>
        <source>no mark</source>
        <translation>pas de marque</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/models/attendance_model.py" line="177"/>
        <source>A score is a number from 0 to 100.</source>
        <translation>Une note est un nombre de 0 à 100.</translation>
    </message>
</context>
<context>
    <name>AttendancePage</name>
    <message>
        <location filename="../../registry_app/gui/pages/attendance_page.py" line="77"/>
        <source>One sheet per day</source>
        <translation>Une feuille par jour</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/attendance_page.py" line="78"/>
        <source>Whole course on one grid</source>
        <translation>Toute la session sur une grille</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/attendance_page.py" line="79"/>
        <source>Blank sheet for walk-ins</source>
        <translation>Feuille vierge pour les participants non inscrits</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/attendance_page.py" line="118"/>
        <source>%1 — %2 to %3, %4 participant(s) in the room, status: %5</source>
        <translation>%1 — du %2 au %3, %4 participant(s) présent(s) dans la salle, statut : %5</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/attendance_page.py" line="159"/>
        <source>Choose a half-day first: click a cell of its column.</source>
        <translation>Choisissez d&apos;abord une demi-journée : cliquez une case de sa colonne.</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_page.ui" line="11"/>
        <source>Attendance</source>
        <translation>Présence</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_page.ui" line="19"/>
        <source>&amp;Course:</source>
        <translation>&amp;Session :</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_page.ui" line="25"/>
        <source>Code or title of the course</source>
        <translation>Code ou intitulé de la session</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_page.ui" line="42"/>
        <source>All &amp;present for this half-day</source>
        <translation>Tous &amp;présents pour cette demi-journée</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_page.ui" line="47"/>
        <source>C&amp;lose the course…</source>
        <translation>C&amp;lôturer la session…</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_page.ui" line="57"/>
        <source>&amp;Sign-in sheets</source>
        <translation>&amp;Feuilles d&apos;émargement</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_page.ui" line="62"/>
        <source>&amp;Roster</source>
        <translation>&amp;Liste des participants</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_page.ui" line="67"/>
        <source>&amp;Name cards</source>
        <translation>&amp;Chevalets nominatifs</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_page.ui" line="90"/>
        <source>Keys: P or 1 present · L or 2 late · E or 3 excused · A or 4 absent · Delete clears; arrows move. Scores: F2 or double-click.</source>
        <translation>Touches : P ou 1 présent · L ou 2 en retard · E ou 3 excusé · A ou 4 absent · Suppr efface ; flèches pour se déplacer. Notes : F2 ou double-clic.</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../registry_app/gui/pages/audit_page.py" line="53"/>
        <source>Audit trail</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/audit_page.py" line="61"/>
        <source>record id</source>
        <translation>n° de fiche</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/audit_page.py" line="63"/>
        <source>&amp;Between</source>
        <translation>&amp;Entre</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/audit_page.py" line="70"/>
        <source>&amp;Show</source>
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/audit_page.py" line="72"/>
        <location filename="../../registry_app/gui/pages/audit_page.py" line="110"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/audit_page.py" line="74"/>
        <location filename="../../registry_app/gui/pages/audit_page.py" line="110"/>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/audit_page.py" line="77"/>
        <location filename="../../registry_app/gui/pages/audit_page.py" line="110"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/audit_page.py" line="49"/>
        <source>Not verified yet.</source>
        <translation>Pas encore vérifié.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/audit_page.py" line="95"/>
        <source>&amp;Verify…</source>
        <translation>&amp;Vérifier…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/audit_page.py" line="96"/>
        <source>&amp;Checkpoint now…</source>
        <translation>&amp;Point de contrôle maintenant…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/audit_page.py" line="97"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/audit_page.py" line="98"/>
        <source>Checkpoints &amp;file…</source>
        <translation>&amp;Fichier des points de contrôle…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/audit_page.py" line="100"/>
        <source>Where every checkpoint is also written: a file kept away from the register (a USB stick, another server&apos;s share). Administrators.</source>
        <translation>Où chaque point de contrôle est aussi écrit : un fichier gardé hors du registre (une clé USB, le partage d&apos;un autre serveur). Administrateurs.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/audit_page.py" line="110"/>
        <source>#</source>
        <translation>n°</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/audit_page.py" line="110"/>
        <source>When (UTC)</source>
        <translation>Quand (UTC)</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/audit_page.py" line="111"/>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/audit_page.py" line="111"/>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/audit_page.py" line="152"/>
        <location filename="../../registry_app/gui/pages/audit_page.py" line="172"/>
        <source>(any)</source>
        <translation>(tous)</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/audit_page.py" line="209"/>
        <source>%1 event(s); the newest %2 shown.</source>
        <translation>%1 événement(s) ; les %2 plus récents affichés.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/audit_page.py" line="215"/>
        <source>Last signed checkpoint (note it down): %1</source>
        <translation>Dernier point de contrôle signé (à noter) : %1</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/audit_page.py" line="216"/>
        <source>No signed checkpoint yet: make one, and keep its file away from the register.</source>
        <translation>Aucun point de contrôle signé : faites-en un, et gardez son fichier loin du registre.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/audit_page.py" line="217"/>
        <source>Checkpoints are also written to %1.</source>
        <translation>Les points de contrôle sont aussi écrits dans %1.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/audit_page.py" line="221"/>
        <source>%1 UTC, %2 events, the last #%3, hash %4</source>
        <translation>%1 UTC, %2 événements, le dernier n° %3, empreinte %4</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/audit_page.py" line="227"/>
        <source>The checkpoints file kept elsewhere (or Cancel to use the register&apos;s own)</source>
        <translation>Le fichier des points de contrôle gardé ailleurs (ou Annuler pour ceux du registre)</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/audit_page.py" line="230"/>
        <location filename="../../registry_app/gui/pages/audit_page.py" line="267"/>
        <source>Checkpoints (*.jsonl);;All files (*)</source>
        <translation>Points de contrôle (*.jsonl);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/audit_page.py" line="245"/>
        <source>Signing key</source>
        <translation>Clé de signature</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/audit_page.py" line="246"/>
        <source>Passphrase of the signing key:</source>
        <translation>Phrase secrète de la clé de signature :</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/audit_page.py" line="256"/>
        <source>Checkpoint signed and written to %1; keep a copy of that file elsewhere.</source>
        <translation>Point de contrôle signé et écrit dans %1 ; gardez une copie de ce fichier ailleurs.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/audit_page.py" line="265"/>
        <source>Where to keep the checkpoints</source>
        <translation>Où garder les points de contrôle</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/audit_page.py" line="281"/>
        <source>Export the audit trail</source>
        <translation>Exporter le journal d&apos;audit</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/audit_page.py" line="282"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <location filename="../../registry_app/gui/widgets/background_task.py" line="61"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>BackupsBox</name>
    <message>
        <location filename="../../registry_app/gui/widgets/backups_box.py" line="51"/>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/widgets/backups_box.py" line="61"/>
        <source>Latest backup</source>
        <translation>Dernière sauvegarde</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/widgets/backups_box.py" line="65"/>
        <location filename="../../registry_app/gui/widgets/backups_box.py" line="113"/>
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/widgets/backups_box.py" line="66"/>
        <source>Restore…</source>
        <translation>Restaurer…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/widgets/backups_box.py" line="75"/>
        <source>A backup is made when the window closes (once a day) and before every update of the register; the last 7 days, 4 weeks and 12 months are kept.</source>
        <translation>Une sauvegarde est faite à la fermeture de la fenêtre (une fois par jour) et avant chaque mise à jour du registre ; les 7 derniers jours, 4 dernières semaines et 12 derniers mois sont gardés.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/widgets/backups_box.py" line="99"/>
        <source>None yet.</source>
        <translation>Aucune pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/widgets/backups_box.py" line="102"/>
        <source>%1, %2 MB (%3 kept in %4)</source>
        <translation>%1, %2 Mo (%3 gardées dans %4)</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/widgets/backups_box.py" line="118"/>
        <source>Backed up and checked: %1</source>
        <translation>Sauvegardé et vérifié : %1</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/widgets/backups_box.py" line="122"/>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/widgets/backups_box.py" line="123"/>
        <source>Backups (*.sqlite3 *.dump);;All files (*)</source>
        <translation>Sauvegardes (*.sqlite3 *.dump);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/widgets/backups_box.py" line="130"/>
        <location filename="../../registry_app/gui/widgets/backups_box.py" line="137"/>
        <location filename="../../registry_app/gui/widgets/backups_box.py" line="144"/>
        <location filename="../../registry_app/gui/widgets/backups_box.py" line="147"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/widgets/backups_box.py" line="135"/>
        <source>Replace the register by the backup %1? The register as it is now is kept aside and backed up first.</source>
        <translation>Remplacer le registre par la sauvegarde %1 ? Le registre tel qu&apos;il est maintenant est mis de côté et sauvegardé d&apos;abord.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/widgets/backups_box.py" line="148"/>
        <source>The register is restored. The register as it was is kept as %1.</source>
        <translation>Le registre est restauré. Le registre tel qu&apos;il était est gardé sous %1.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/widgets/backups_box.py" line="161"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/widgets/backups_box.py" line="165"/>
        <source>Full check every</source>
        <translation>Vérification complète tous les</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/widgets/backups_box.py" line="168"/>
        <source>Last full check</source>
        <translation>Dernière vérification complète</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/widgets/backups_box.py" line="175"/>
        <location filename="../../registry_app/gui/widgets/backups_box.py" line="223"/>
        <location filename="../../registry_app/gui/widgets/backups_box.py" line="233"/>
        <location filename="../../registry_app/gui/widgets/backups_box.py" line="237"/>
        <source>Full check</source>
        <translation>Vérification complète</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/widgets/backups_box.py" line="184"/>
        <source>Not yet run on this computer.</source>
        <translation>Pas encore faite sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/widgets/backups_box.py" line="186"/>
        <source>%1: the register and its newest backup are sound.</source>
        <translation>%1 : le registre et sa dernière sauvegarde sont intacts.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/widgets/backups_box.py" line="189"/>
        <source>%1: problems found.</source>
        <translation>%1 : des problèmes ont été trouvés.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/widgets/backups_box.py" line="234"/>
        <source>The full check found the register damaged (%1). Stop working in it, restore the latest good backup (Settings, Restore…) and ask for help.</source>
        <translation>La vérification complète a trouvé le registre endommagé (%1). Cessez d&apos;y travailler, restaurez la dernière bonne sauvegarde (Paramètres, Restaurer…) et demandez de l&apos;aide.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/widgets/backups_box.py" line="238"/>
        <source>The newest backup, %1, is damaged (%2). Make a new backup now (Settings, Back up now) and check the disk that holds the backups.</source>
        <translation>La dernière sauvegarde, %1, est endommagée (%2). Faites une nouvelle sauvegarde maintenant (Paramètres, Sauvegarder maintenant) et vérifiez le disque qui contient les sauvegardes.</translation>
    </message>
</context>
<context>
    <name>CentreDialog</name>
    <message>
        <location filename="../../registry_app/gui/widgets/centre_form.py" line="140"/>
        <source>Your centre</source>
        <translation>Votre centre</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/widgets/centre_form.py" line="141"/>
        <source>Every document prints the centre&apos;s name, city and logo, and the certificates its signatory. Set them now; an administrator can change them later in Settings.</source>
        <translation>Chaque document imprime le nom, la ville et le logo du centre, et les certificats son signataire. Renseignez-les maintenant ; un administrateur pourra les modifier dans les Paramètres.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/widgets/centre_form.py" line="148"/>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
</context>
<context>
    <name>CentreForm</name>
    <message>
        <location filename="../../registry_app/gui/widgets/centre_form.py" line="42"/>
        <source>Name in English</source>
        <translation>Nom en anglais</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/widgets/centre_form.py" line="42"/>
        <source>Name in French</source>
        <translation>Nom en français</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/widgets/centre_form.py" line="43"/>
        <source>Name in Arabic</source>
        <translation>Nom en arabe</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/widgets/centre_form.py" line="43"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/widgets/centre_form.py" line="44"/>
        <source>Signed by (name)</source>
        <translation>Signé par (nom)</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/widgets/centre_form.py" line="44"/>
        <source>Signed by (title)</source>
        <translation>Signé par (fonction)</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/widgets/centre_form.py" line="63"/>
        <source>Choose a logo…</source>
        <translation>Choisir un logo…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/widgets/centre_form.py" line="64"/>
        <source>No logo</source>
        <translation>Pas de logo</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/widgets/centre_form.py" line="45"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/widgets/centre_form.py" line="83"/>
        <source>Only an administrator changes the centre&apos;s settings.</source>
        <translation>Seul un administrateur modifie les paramètres du centre.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/widgets/centre_form.py" line="102"/>
        <source>No logo: certificates print the logos of their template only.</source>
        <translation>Pas de logo : les certificats n&apos;impriment que les logos de leur modèle.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/widgets/centre_form.py" line="106"/>
        <source>The centre&apos;s logo</source>
        <translation>Le logo du centre</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/widgets/centre_form.py" line="107"/>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/widgets/centre_form.py" line="131"/>
        <source>Saved: the documents print these from now on.</source>
        <translation>Enregistré : les documents les impriment désormais.</translation>
    </message>
</context>
<context>
    <name>CertificatesModel</name>
    <message>
        <location filename="../../registry_app/gui/models/certificates_model.py" line="11"/>
        <source>Serial</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/models/certificates_model.py" line="12"/>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/models/certificates_model.py" line="13"/>
        <source>Course</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/models/certificates_model.py" line="14"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/models/certificates_model.py" line="15"/>
        <source>Issued</source>
        <translation>Délivré le</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/models/certificates_model.py" line="16"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/models/certificates_model.py" line="17"/>
        <source>Reprints</source>
        <translation>Réimpressions</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/models/certificates_model.py" line="18"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>CertificatesPage</name>
    <message>
        <location filename="../../registry_app/gui/pages/certificates_page.py" line="33"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/certificates_page.py" line="34"/>
        <source>Valid</source>
        <translation>Valide</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/certificates_page.py" line="35"/>
        <source>Revoked</source>
        <translation>Révoqué</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/certificates_page.py" line="36"/>
        <source>Superseded</source>
        <translation>Remplacé</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/certificates_page.py" line="48"/>
        <location filename="../../registry_app/gui/pages/certificates_page.py" line="130"/>
        <source>Certificates</source>
        <translation>Certificats</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/certificates_page.py" line="51"/>
        <source>Search: serial, name (any script) or course code…</source>
        <translation>Rechercher : numéro, nom (toute écriture) ou code de session…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/certificates_page.py" line="75"/>
        <source>&amp;Graduation…</source>
        <translation>&amp;Remise des certificats…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/certificates_page.py" line="76"/>
        <source>&amp;Reprint</source>
        <translation>Ré&amp;imprimer</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/certificates_page.py" line="77"/>
        <source>&amp;Correct and reissue…</source>
        <translation>&amp;Corriger et rééditer…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/certificates_page.py" line="78"/>
        <source>Re&amp;voke…</source>
        <translation>Ré&amp;voquer…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/certificates_page.py" line="79"/>
        <source>V&amp;erify…</source>
        <translation>&amp;Vérifier…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/certificates_page.py" line="80"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/certificates_page.py" line="81"/>
        <source>Revocation &amp;list…</source>
        <translation>&amp;Liste des révocations…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/certificates_page.py" line="82"/>
        <source>&amp;Template…</source>
        <translation>&amp;Modèle…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/certificates_page.py" line="133"/>
        <source>Signing key</source>
        <translation>Clé de signature</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/certificates_page.py" line="133"/>
        <source>Passphrase of the signing key:</source>
        <translation>Phrase secrète de la clé de signature :</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/certificates_page.py" line="175"/>
        <source>Correct and reissue</source>
        <translation>Corriger et rééditer</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/certificates_page.py" line="176"/>
        <source>What is corrected (correct the participant first)?</source>
        <translation>Qu&apos;est-ce qui est corrigé (corrigez d&apos;abord le participant) ?</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/certificates_page.py" line="197"/>
        <source>Revoke</source>
        <translation>Révoquer</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/certificates_page.py" line="198"/>
        <source>Why is %1 revoked?</source>
        <translation>Pourquoi %1 est-il révoqué ?</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/certificates_page.py" line="218"/>
        <source>Export the register</source>
        <translation>Exporter le registre</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/certificates_page.py" line="219"/>
        <source>Spreadsheet (*.xlsx);;CSV (*.csv)</source>
        <translation>Classeur (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/certificates_page.py" line="237"/>
        <source>Revocation list to publish</source>
        <translation>Liste des révocations à publier</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/certificates_page.py" line="238"/>
        <source>Text (*.txt)</source>
        <translation>Texte (*.txt)</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../registry_app/gui/dialogs/sign_in_dialog.py" line="114"/>
        <source>Change my password</source>
        <translation>Changer mon mot de passe</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/sign_in_dialog.py" line="115"/>
        <source>Your new password must have at least 10 characters.</source>
        <translation>Votre nouveau mot de passe doit compter au moins 10 caractères.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/sign_in_dialog.py" line="117"/>
        <source>&amp;Current password</source>
        <translation>Mot de passe &amp;actuel</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/sign_in_dialog.py" line="118"/>
        <source>&amp;New password</source>
        <translation>&amp;Nouveau mot de passe</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/sign_in_dialog.py" line="119"/>
        <source>The new password &amp;again</source>
        <translation>Le nouveau mot de passe, une &amp;seconde fois</translation>
    </message>
</context>
<context>
    <name>ClosingDialog</name>
    <message>
        <location filename="../../registry_app/gui/dialogs/closing_dialog.py" line="29"/>
        <source>Close course %1</source>
        <translation>Clôturer la session %1</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/closing_dialog.py" line="33"/>
        <source>Each participant in the room is completed or not by the programme&apos;s rule. Select a row and choose Override to decide otherwise, with a reason.</source>
        <translation>Chaque participant présent réussit ou non selon la règle du programme. Sélectionnez une ligne et choisissez Déroger pour décider autrement, motif à l&apos;appui.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/closing_dialog.py" line="37"/>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/closing_dialog.py" line="37"/>
        <source>Attendance</source>
        <translation>Présence</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/closing_dialog.py" line="37"/>
        <source>Post-test</source>
        <translation>Post-test</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/closing_dialog.py" line="38"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/closing_dialog.py" line="38"/>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/closing_dialog.py" line="45"/>
        <source>&amp;Override…</source>
        <translation>&amp;Déroger…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/closing_dialog.py" line="46"/>
        <source>&amp;Close the course</source>
        <translation>&amp;Clôturer la session</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/closing_dialog.py" line="69"/>
        <source>%1 participant(s) have no post-test score (%2) and the programme has a pass mark: closed now, they are not completed. Enter the scores on the Attendance page first.</source>
        <translation>%1 participant(s) n&apos;ont pas de note au post-test (%2) et le programme fixe une note de passage : si la session est clôturée maintenant, ils ne l&apos;auront pas achevée. Saisissez d&apos;abord les notes sur la page Présences.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/closing_dialog.py" line="75"/>
        <source>Close without these scores all the same</source>
        <translation>Clôturer quand même sans ces notes</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/closing_dialog.py" line="95"/>
        <location filename="../../registry_app/gui/dialogs/closing_dialog.py" line="123"/>
        <source>completed</source>
        <translation>réussi</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/closing_dialog.py" line="95"/>
        <location filename="../../registry_app/gui/dialogs/closing_dialog.py" line="123"/>
        <source>not completed</source>
        <translation>non réussi</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/closing_dialog.py" line="121"/>
        <source>Override</source>
        <translation>Dérogation</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/closing_dialog.py" line="122"/>
        <source>Why is %1 %2 against the rule?</source>
        <translation>Pourquoi %1 est-il %2 contrairement à la règle ?</translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <location filename="../../registry_app/gui/dialogs/column_mapping.py" line="52"/>
        <source>Which column holds what?</source>
        <translation>Quelle colonne contient quoi ?</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/column_mapping.py" line="60"/>
        <source>The headings of this file name no column the register knows, or miss some. Say on which row the headings are and choose, under each column, what it holds. The choice is remembered for the organisation that sent the file.</source>
        <translation>Les titres de ce fichier ne nomment aucune colonne connue du registre, ou il en manque. Indiquez la ligne des titres et choisissez, sous chaque colonne, ce qu&apos;elle contient. Le choix est retenu pour l&apos;organisation qui a envoyé le fichier.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/column_mapping.py" line="65"/>
        <source>Not found: %1.</source>
        <translation>Introuvable : %1.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/column_mapping.py" line="70"/>
        <source>Sheet:</source>
        <translation>Feuille :</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/column_mapping.py" line="71"/>
        <source>Headings on row:</source>
        <translation>Titres sur la ligne :</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/column_mapping.py" line="109"/>
        <source>Holds</source>
        <translation>Contient</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/column_mapping.py" line="113"/>
        <source>(not read)</source>
        <translation>(non lue)</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../registry_app/gui/dialogs/conflict_dialog.py" line="24"/>
        <source>Changed by someone else</source>
        <translation>Modifié par quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/conflict_dialog.py" line="27"/>
        <source>Someone else saved this record while you were editing it. Nothing has been overwritten. Where your form and the saved record differ:</source>
        <translation>Quelqu&apos;un d&apos;autre a enregistré cette fiche pendant que vous la modifiiez. Rien n&apos;a été écrasé. Là où votre formulaire et la fiche enregistrée diffèrent :</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/conflict_dialog.py" line="32"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/conflict_dialog.py" line="32"/>
        <source>In your form</source>
        <translation>Dans votre formulaire</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/conflict_dialog.py" line="32"/>
        <source>Saved now</source>
        <translation>Enregistré maintenant</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/conflict_dialog.py" line="40"/>
        <source>Reload the saved record (your changes are dropped)</source>
        <translation>Recharger la fiche enregistrée (vos modifications sont abandonnées)</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/conflict_dialog.py" line="41"/>
        <source>Keep my values and save them over it</source>
        <translation>Garder mes valeurs et les enregistrer par-dessus</translation>
    </message>
</context>
<context>
    <name>CourseEditor</name>
    <message>
        <location filename="../../registry_app/gui/editors/course_editor.py" line="82"/>
        <source>Choose the programme.</source>
        <translation>Choisissez le programme.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/editors/course_editor.py" line="115"/>
        <source>New course</source>
        <translation>Nouvelle session</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/editors/course_editor.py" line="192"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/editors/course_editor.py" line="192"/>
        <source>Taught</source>
        <translation>Enseigné</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/editors/course_editor.py" line="192"/>
        <source>Morning</source>
        <translation>Matin</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/editors/course_editor.py" line="193"/>
        <source>Afternoon</source>
        <translation>Après-midi</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/editors/course_editor.py" line="193"/>
        <source>Attendance</source>
        <translation>Présence</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/editors/course_editor.py" line="207"/>
        <source>recorded</source>
        <translation>saisie</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/editors/course_editor.py" line="258"/>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
</context>
<context>
    <name>CourseForm</name>
    <message>
        <location filename="../../ui/course_form.ui" line="28"/>
        <source>&amp;Details</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <location filename="../../ui/course_form.ui" line="36"/>
        <source>&amp;Code</source>
        <translation>&amp;Code</translation>
    </message>
    <message>
        <location filename="../../ui/course_form.ui" line="49"/>
        <source>INV-101/2026-09</source>
        <translation>INV-101/2026-09</translation>
    </message>
    <message>
        <location filename="../../ui/course_form.ui" line="56"/>
        <source>&amp;Programme</source>
        <translation>&amp;Programme</translation>
    </message>
    <message>
        <location filename="../../ui/course_form.ui" line="69"/>
        <source>&amp;Starts on</source>
        <translation>&amp;Commence le</translation>
    </message>
    <message>
        <location filename="../../ui/course_form.ui" line="89"/>
        <source>&amp;Ends on</source>
        <translation>&amp;Se termine le</translation>
    </message>
    <message>
        <location filename="../../ui/course_form.ui" line="109"/>
        <source>&amp;Venue</source>
        <translation>&amp;Lieu</translation>
    </message>
    <message>
        <location filename="../../ui/course_form.ui" line="126"/>
        <source>C&amp;ity</source>
        <translation>&amp;Ville</translation>
    </message>
    <message>
        <location filename="../../ui/course_form.ui" line="143"/>
        <source>C&amp;ountry</source>
        <translation>P&amp;ays</translation>
    </message>
    <message>
        <location filename="../../ui/course_form.ui" line="156"/>
        <source>&amp;Mode</source>
        <translation>&amp;Modalité</translation>
    </message>
    <message>
        <location filename="../../ui/course_form.ui" line="169"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../../ui/course_form.ui" line="182"/>
        <source>Ca&amp;pacity</source>
        <translation>Ca&amp;pacité</translation>
    </message>
    <message>
        <location filename="../../ui/course_form.ui" line="202"/>
        <source>S&amp;tatus</source>
        <translation>S&amp;tatut</translation>
    </message>
    <message>
        <location filename="../../ui/course_form.ui" line="215"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <location filename="../../ui/course_form.ui" line="241"/>
        <source>Sche&amp;dule</source>
        <translation>&amp;Calendrier</translation>
    </message>
    <message>
        <location filename="../../ui/course_form.ui" line="247"/>
        <source>Untick a day, or a morning or afternoon, that is not taught. Days follow the course dates.</source>
        <translation>Décochez un jour, ou une matinée ou un après-midi, sans enseignement. Les jours suivent les dates de la session.</translation>
    </message>
    <message>
        <location filename="../../ui/course_form.ui" line="268"/>
        <source>T&amp;rainers</source>
        <translation>&amp;Formateurs</translation>
    </message>
    <message>
        <location filename="../../ui/course_form.ui" line="274"/>
        <source>Tick the trainers of this course and choose the lead trainer.</source>
        <translation>Cochez les formateurs de cette session et choisissez le formateur principal.</translation>
    </message>
    <message>
        <location filename="../../ui/course_form.ui" line="289"/>
        <source>Lead &amp;trainer</source>
        <translation>&amp;Formateur principal</translation>
    </message>
    <message>
        <location filename="../../ui/course_form.ui" line="305"/>
        <source>&amp;Nominations and enrolment</source>
        <translation>&amp;Candidatures et inscriptions</translation>
    </message>
    <message>
        <location filename="../../ui/course_form.ui" line="352"/>
        <source>Con&amp;firm</source>
        <translation>Con&amp;firmer</translation>
    </message>
    <message>
        <location filename="../../ui/course_form.ui" line="359"/>
        <source>&amp;Wait-list</source>
        <translation>Liste d&apos;&amp;attente</translation>
    </message>
    <message>
        <location filename="../../ui/course_form.ui" line="366"/>
        <source>&amp;Decline</source>
        <translation>&amp;Décliner</translation>
    </message>
    <message>
        <location filename="../../ui/course_form.ui" line="373"/>
        <source>Wit&amp;hdraw</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location filename="../../ui/course_form.ui" line="380"/>
        <source>No-sho&amp;w</source>
        <translation>A&amp;bsent</translation>
    </message>
    <message>
        <location filename="../../ui/course_form.ui" line="387"/>
        <source>Nominate a&amp;gain</source>
        <translation>Proposer à &amp;nouveau</translation>
    </message>
    <message>
        <location filename="../../ui/course_form.ui" line="394"/>
        <source>&amp;Promote from the waiting list</source>
        <translation>&amp;Promouvoir depuis la liste d&apos;attente</translation>
    </message>
    <message>
        <location filename="../../ui/course_form.ui" line="407"/>
        <source>Nominate</source>
        <translation>Proposer</translation>
    </message>
    <message>
        <location filename="../../ui/course_form.ui" line="417"/>
        <source>Find a participant: name, reference, ID document…</source>
        <translation>Chercher un participant : nom, référence, pièce d&apos;identité…</translation>
    </message>
    <message>
        <location filename="../../ui/course_form.ui" line="431"/>
        <source>&amp;Nominate the selected</source>
        <translation>&amp;Proposer la sélection</translation>
    </message>
    <message>
        <location filename="../../ui/course_form.ui" line="438"/>
        <source>Or everyone of an organisation:</source>
        <translation>Ou tous les membres d&apos;une organisation :</translation>
    </message>
    <message>
        <location filename="../../ui/course_form.ui" line="458"/>
        <source>Nominate the whole organisation</source>
        <translation>Proposer toute l&apos;organisation</translation>
    </message>
    <message>
        <location filename="../../ui/course_form.ui" line="465"/>
        <source>Or from a member state&apos;s spreadsheet (drop it on this form):</source>
        <translation>Ou depuis le tableur d&apos;un État membre (déposez-le sur ce formulaire) :</translation>
    </message>
    <message>
        <location filename="../../ui/course_form.ui" line="475"/>
        <source>&amp;Import nominations…</source>
        <translation>&amp;Importer des candidatures…</translation>
    </message>
    <message>
        <location filename="../../ui/course_form.ui" line="482"/>
        <source>Nomination &amp;workbook to send…</source>
        <translation>&amp;Classeur de candidatures à envoyer…</translation>
    </message>
    <message>
        <location filename="../../ui/course_form.ui" line="489"/>
        <source>Export the nominations (.xlsx, .csv)…</source>
        <translation>Exporter les candidatures (.xlsx, .csv)…</translation>
    </message>
    <message>
        <location filename="../../ui/course_form.ui" line="496"/>
        <source>Export the attendance grid (.xlsx, .csv)…</source>
        <translation>Exporter la grille de présence (.xlsx, .csv)…</translation>
    </message>
    <message>
        <location filename="../../ui/course_form.ui" line="535"/>
        <source>F&amp;unding</source>
        <translation>Fi&amp;nancement</translation>
    </message>
    <message>
        <location filename="../../ui/course_form.ui" line="541"/>
        <source>The donors who pay for this course, each with the grant reference the course is charged to. Reports for a donor count the courses listed under its name.</source>
        <translation>Les bailleurs qui financent cette formation, chacun avec la référence de la subvention sur laquelle elle est imputée. Les rapports pour un bailleur comptent les formations inscrites à son nom.</translation>
    </message>
    <message>
        <location filename="../../ui/course_form.ui" line="585"/>
        <source>&amp;Add a donor</source>
        <translation>&amp;Ajouter un bailleur</translation>
    </message>
    <message>
        <location filename="../../ui/course_form.ui" line="592"/>
        <source>Re&amp;move the donor</source>
        <translation>Re&amp;tirer le bailleur</translation>
    </message>
    <message>
        <location filename="../../ui/course_form.ui" line="621"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../ui/course_form.ui" line="628"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>DailyCheckpoint</name>
    <message>
        <location filename="../../registry_app/gui/widgets/daily_checkpoint.py" line="61"/>
        <location filename="../../registry_app/gui/widgets/daily_checkpoint.py" line="71"/>
        <source>Audit checkpoint</source>
        <translation>Point de contrôle d&apos;audit</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/widgets/daily_checkpoint.py" line="66"/>
        <source>The daily checkpoint of the audit trail is due: its head is signed with the centre&apos;s key and written to %1.

Passphrase of the signing key (Cancel to skip):</source>
        <translation>Le point de contrôle quotidien du journal d&apos;audit est dû : sa tête est signée avec la clé du centre et écrite dans %1.

Phrase secrète de la clé de signature (Annuler pour passer) :</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/widgets/daily_checkpoint.py" line="70"/>
        <source>Before closing: %1</source>
        <translation>Avant de fermer : %1</translation>
    </message>
</context>
<context>
    <name>DemoProgress</name>
    <message>
        <location filename="../../registry_app/gui/dialogs/demo_progress.py" line="29"/>
        <source>Demo data</source>
        <translation>Données de démonstration</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/demo_progress.py" line="30"/>
        <source>Creating the demo register…</source>
        <translation>Création du registre de démonstration…</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../registry_app/gui/dialogs/duplicates_dialog.py" line="26"/>
        <source>same ID document number</source>
        <translation>même numéro de pièce d&apos;identité</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/duplicates_dialog.py" line="27"/>
        <source>name that sounds the same, same date of birth and nationality</source>
        <translation>nom de même sonorité, même date de naissance et même nationalité</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/duplicates_dialog.py" line="36"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/duplicates_dialog.py" line="37"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/duplicates_dialog.py" line="38"/>
        <source>Name in another script</source>
        <translation>Nom dans une autre écriture</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/duplicates_dialog.py" line="39"/>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/duplicates_dialog.py" line="40"/>
        <source>Nationality</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/duplicates_dialog.py" line="41"/>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/duplicates_dialog.py" line="76"/>
        <source>Already in the register?</source>
        <translation>Déjà dans le registre ?</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/duplicates_dialog.py" line="78"/>
        <source>This person may already be in the register. Open the existing record rather than create a second one, unless it is someone else.</source>
        <translation>Cette personne est peut-être déjà dans le registre. Ouvrez la fiche existante plutôt que d&apos;en créer une seconde, sauf s&apos;il s&apos;agit de quelqu&apos;un d&apos;autre.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/duplicates_dialog.py" line="83"/>
        <source>Open the existing record</source>
        <translation>Ouvrir la fiche existante</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/duplicates_dialog.py" line="84"/>
        <source>Save a new person anyway</source>
        <translation>Enregistrer quand même une nouvelle personne</translation>
    </message>
</context>
<context>
    <name>EnrolmentModel</name>
    <message>
        <location filename="../../registry_app/gui/models/enrolment_model.py" line="19"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/models/enrolment_model.py" line="20"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/models/enrolment_model.py" line="21"/>
        <source>Name in another script</source>
        <translation>Nom dans une autre écriture</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/models/enrolment_model.py" line="22"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/models/enrolment_model.py" line="23"/>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/models/enrolment_model.py" line="24"/>
        <source>Nationality</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/models/enrolment_model.py" line="25"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/models/enrolment_model.py" line="26"/>
        <source>Nominated on</source>
        <translation>Proposé le</translation>
    </message>
</context>
<context>
    <name>EnrolmentPanel</name>
    <message>
        <location filename="../../registry_app/gui/editors/enrolment_panel.py" line="107"/>
        <source>Select one or more participants in the list first.</source>
        <translation>Sélectionnez d&apos;abord un ou plusieurs participants dans la liste.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/editors/enrolment_panel.py" line="116"/>
        <source>changed by someone else meanwhile; the list is reloaded, try again.</source>
        <translation>modifié entre-temps par quelqu&apos;un d&apos;autre ; la liste est rechargée, réessayez.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/editors/enrolment_panel.py" line="123"/>
        <source>%1 enrolment(s) now %2.</source>
        <translation>%1 inscription(s) désormais : %2.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/editors/enrolment_panel.py" line="134"/>
        <source>%1 participant(s) confirmed from the waiting list.</source>
        <translation>%1 participant(s) confirmé(s) depuis la liste d&apos;attente.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/editors/enrolment_panel.py" line="135"/>
        <source>No seat is free, or nobody is waiting.</source>
        <translation>Aucune place libre, ou personne en liste d&apos;attente.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/editors/enrolment_panel.py" line="158"/>
        <source>Find and select the participants to nominate first.</source>
        <translation>Cherchez et sélectionnez d&apos;abord les participants à proposer.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/editors/enrolment_panel.py" line="168"/>
        <source>This organisation has no participant in the register.</source>
        <translation>Cette organisation n&apos;a aucun participant dans le registre.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/editors/enrolment_panel.py" line="180"/>
        <source>%1 participant(s) nominated.</source>
        <translation>%1 participant(s) proposé(s).</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/editors/enrolment_panel.py" line="182"/>
        <source>Already on this course: %1.</source>
        <translation>Déjà inscrits à cette session : %1.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/editors/enrolment_panel.py" line="184"/>
        <source>Archived, not nominated: %1.</source>
        <translation>Archivés, non proposés : %1.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/editors/enrolment_panel.py" line="200"/>
        <source>Seats taken: %1 of %2.</source>
        <translation>Places prises : %1 sur %2.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/editors/enrolment_panel.py" line="204"/>
        <source>no organisation</source>
        <translation>sans organisation</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/editors/enrolment_panel.py" line="206"/>
        <source>Nominated, confirmed or waiting</source>
        <translation>Proposés, confirmés ou en attente</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/editors/enrolment_panel.py" line="206"/>
        <source>By country</source>
        <translation>Par pays</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/editors/enrolment_panel.py" line="207"/>
        <source>By organisation</source>
        <translation>Par organisation</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/editors/enrolment_panel.py" line="208"/>
        <source>Women %1 · Men %2</source>
        <translation>Femmes %1 · hommes %2</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../registry_app/gui/errors.py" line="47"/>
        <source>The details were written to %1.</source>
        <translation>Les détails ont été écrits dans %1.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/errors.py" line="49"/>
        <source>The details could not be written to the log.</source>
        <translation>Les détails n’ont pas pu être écrits dans le journal.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/errors.py" line="50"/>
        <source>Something went wrong; this is a fault of the program, not of what you did. Nothing was half-saved.</source>
        <translation>Un incident s’est produit&#xa0;: c’est une erreur du programme, pas de ce que vous avez fait. Rien n’a été enregistré à moitié.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/errors.py" line="52"/>
        <source>Something went wrong</source>
        <translation>Un incident s’est produit</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/errors.py" line="54"/>
        <source>Copy the details</source>
        <translation>Copier les détails</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/errors.py" line="77"/>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../registry_app/gui/dialogs/column_mapping.py" line="26"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/column_mapping.py" line="27"/>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/column_mapping.py" line="28"/>
        <source>Given names</source>
        <translation>Prénoms</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/column_mapping.py" line="29"/>
        <source>Full name in Arabic script</source>
        <translation>Nom complet en arabe</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/column_mapping.py" line="30"/>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/column_mapping.py" line="31"/>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/column_mapping.py" line="32"/>
        <source>Nationality</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/column_mapping.py" line="33"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/column_mapping.py" line="34"/>
        <source>Agency type</source>
        <translation>Type d&apos;organisation</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/column_mapping.py" line="35"/>
        <source>Acronym of the organisation</source>
        <translation>Sigle de l&apos;organisation</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/column_mapping.py" line="36"/>
        <source>Rank / position</source>
        <translation>Grade / fonction</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/column_mapping.py" line="37"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/column_mapping.py" line="38"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/column_mapping.py" line="39"/>
        <source>ID document type</source>
        <translation>Type de pièce d&apos;identité</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/column_mapping.py" line="40"/>
        <source>ID document number</source>
        <translation>Numéro de pièce d&apos;identité</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/column_mapping.py" line="41"/>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../registry_app/gui/dialogs/first_run_dialog.py" line="36"/>
        <source>Register file: %1</source>
        <translation>Fichier du registre : %1</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/first_run_dialog.py" line="38"/>
        <source>The register %1 has no user yet: nobody can open it before its first administrator is made.</source>
        <translation>Le registre %1 n&apos;a encore aucun utilisateur : personne ne peut l&apos;ouvrir avant que son premier administrateur soit créé.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.ui" line="9"/>
        <source>A new register</source>
        <translation>Un nouveau registre</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.ui" line="15"/>
        <source>This is the first time Training Registry opens on this computer. It will keep the register in a file in your user data folder. How do you want to start?</source>
        <translation>Training Registry s&apos;ouvre pour la première fois sur cet ordinateur. Il conservera le registre dans un fichier de votre dossier de données. Comment voulez-vous commencer ?</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.ui" line="22"/>
        <source>Start with &amp;demo data (a fictitious programme office, to try the program)</source>
        <translation>Commencer avec des &amp;données de démonstration (un bureau de programme fictif, pour essayer le logiciel)</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.ui" line="28"/>
        <source>Start &amp;empty (to keep a real register)</source>
        <translation>Commencer avec un registre &amp;vide (pour tenir un vrai registre)</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.ui" line="40"/>
        <source>The first administrator: you</source>
        <translation>Le premier administrateur : vous</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.ui" line="44"/>
        <source>You add the other users and choose what each may do. Choose a password of at least 10 characters and keep it safe: nobody can read the register without signing in.</source>
        <translation>Vous ajoutez les autres utilisateurs et choisissez ce que chacun peut faire. Choisissez un mot de passe d&apos;au moins 10 caractères et gardez-le en lieu sûr : personne ne peut lire le registre sans se connecter.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.ui" line="50"/>
        <source>&amp;User name</source>
        <translation>&amp;Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.ui" line="59"/>
        <source>&amp;Full name</source>
        <translation>Nom &amp;complet</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.ui" line="68"/>
        <source>&amp;Password</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.ui" line="79"/>
        <source>The password &amp;again</source>
        <translation>Le mot de passe, une &amp;seconde fois</translation>
    </message>
</context>
<context>
    <name>FundingPanel</name>
    <message>
        <location filename="../../registry_app/gui/editors/course_funding.py" line="66"/>
        <source>Donor</source>
        <translation>Bailleur</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/editors/course_funding.py" line="66"/>
        <source>Grant reference</source>
        <translation>Référence de la subvention</translation>
    </message>
</context>
<context>
    <name>GraduationDialog</name>
    <message>
        <location filename="../../registry_app/gui/dialogs/graduation_dialog.py" line="44"/>
        <location filename="../../registry_app/gui/dialogs/graduation_dialog.py" line="143"/>
        <location filename="../../registry_app/gui/dialogs/graduation_dialog.py" line="172"/>
        <location filename="../../registry_app/gui/dialogs/graduation_dialog.py" line="177"/>
        <source>Graduation</source>
        <translation>Remise des certificats</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/graduation_dialog.py" line="48"/>
        <source>Code or title of the course</source>
        <translation>Code ou intitulé de la session</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/graduation_dialog.py" line="53"/>
        <source>Also put the single PDFs in one .zip</source>
        <translation>Réunir aussi les PDF individuels dans un .zip</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/graduation_dialog.py" line="55"/>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/graduation_dialog.py" line="55"/>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/graduation_dialog.py" line="56"/>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/graduation_dialog.py" line="56"/>
        <source>Already holds</source>
        <translation>Détient déjà</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/graduation_dialog.py" line="63"/>
        <source>&amp;Course</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/graduation_dialog.py" line="64"/>
        <source>&amp;Passphrase of the signing key</source>
        <translation>&amp;Phrase secrète de la clé de signature</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/graduation_dialog.py" line="67"/>
        <source>&amp;Issue the certificates…</source>
        <translation>&amp;Délivrer les certificats…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/graduation_dialog.py" line="68"/>
        <source>Print the &amp;originals again…</source>
        <translation>Imprimer à nouveau les &amp;originaux…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/graduation_dialog.py" line="71"/>
        <source>The course&apos;s valid certificates written again into a folder, the very files first printed (not duplicates)</source>
        <translation>Les certificats valides de la session écrits à nouveau dans un dossier, les fichiers mêmes de la première impression (pas des duplicatas)</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/graduation_dialog.py" line="102"/>
        <source>completion</source>
        <translation>réussite</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/graduation_dialog.py" line="102"/>
        <source>participation</source>
        <translation>participation</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/graduation_dialog.py" line="104"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/graduation_dialog.py" line="119"/>
        <source>Close the course on the Attendance page before issuing its certificates.</source>
        <translation>Clôturez la session sur la page Présences avant d&apos;en délivrer les certificats.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/graduation_dialog.py" line="121"/>
        <source>%1 certificate(s) to issue.</source>
        <translation>%1 certificat(s) à délivrer.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/graduation_dialog.py" line="123"/>
        <source>Nobody is left to issue: everyone eligible already holds a certificate. A revoked certificate is replaced by a correction in the certificate register, with its reason.</source>
        <translation>Plus personne à qui délivrer : toutes les personnes admissibles détiennent déjà un certificat. Un certificat révoqué se remplace par une correction dans le registre des certificats, motif à l&apos;appui.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/graduation_dialog.py" line="126"/>
        <source>%1 participant(s) already hold one and are left out.</source>
        <translation>%1 participant(s) en détiennent déjà un et sont laissés de côté.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/graduation_dialog.py" line="135"/>
        <source>Where to put the PDFs</source>
        <translation>Où enregistrer les PDF</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/graduation_dialog.py" line="143"/>
        <source>Issuing the certificates…</source>
        <translation>Délivrance des certificats…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/graduation_dialog.py" line="151"/>
        <source>Where to put the originals</source>
        <translation>Où enregistrer les originaux</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/graduation_dialog.py" line="160"/>
        <location filename="../../registry_app/gui/dialogs/graduation_dialog.py" line="162"/>
        <location filename="../../registry_app/gui/dialogs/graduation_dialog.py" line="167"/>
        <source>Print the originals again</source>
        <translation>Imprimer à nouveau les originaux</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/graduation_dialog.py" line="160"/>
        <source>Printing the originals again…</source>
        <translation>Impression à nouveau des originaux…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/graduation_dialog.py" line="164"/>
        <source>%1 original(s) printed again, as first issued, in %2</source>
        <translation>%1 original(aux) imprimé(s) à nouveau, tels que délivrés, dans %2</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/graduation_dialog.py" line="166"/>
        <source>The course has no valid certificate to print.</source>
        <translation>La session n’a aucun certificat valide à imprimer.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/graduation_dialog.py" line="178"/>
        <source>%1 certificate(s) issued, in %2</source>
        <translation>%1 certificat(s) délivré(s), dans %2</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../registry_app/gui/dialogs/help_dialog.py" line="20"/>
        <source>User guide</source>
        <translation>Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/help_dialog.py" line="27"/>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/help_dialog.py" line="32"/>
        <source>&amp;Contents</source>
        <translation>&amp;Sommaire</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="20"/>
        <source>Female</source>
        <translation>Femme</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="20"/>
        <source>Male</source>
        <translation>Homme</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="22"/>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="22"/>
        <source>M</source>
        <translation>H</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="23"/>
        <source>AM</source>
        <translation>matin</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="23"/>
        <source>PM</source>
        <translation>après-midi</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="25"/>
        <source>Northern Africa</source>
        <translation>Afrique du Nord</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="26"/>
        <source>Western Africa</source>
        <translation>Afrique de l&apos;Ouest</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="27"/>
        <source>Middle Africa</source>
        <translation>Afrique centrale</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="28"/>
        <source>Eastern Africa</source>
        <translation>Afrique de l&apos;Est</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="29"/>
        <source>Southern Africa</source>
        <translation>Afrique australe</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="30"/>
        <source>Americas</source>
        <translation>Amériques</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="31"/>
        <source>Asia</source>
        <translation>Asie</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="32"/>
        <source>Europe</source>
        <translation>Europe</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="33"/>
        <source>Oceania</source>
        <translation>Océanie</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="36"/>
        <source>Police</source>
        <translation>Police</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="37"/>
        <source>Gendarmerie</source>
        <translation>Gendarmerie</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="38"/>
        <source>Prosecution and judiciary</source>
        <translation>Parquet et magistrature</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="39"/>
        <source>Prison administration</source>
        <translation>Administration pénitentiaire</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="40"/>
        <source>Border, customs, immigration</source>
        <translation>Frontières, douanes, immigration</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="41"/>
        <source>Intelligence</source>
        <translation>Renseignement</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="42"/>
        <source>Ministry</source>
        <translation>Ministère</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="43"/>
        <source>Military</source>
        <translation>Forces armées</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="44"/>
        <source>International organisation</source>
        <translation>Organisation internationale</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="45"/>
        <source>Civil society</source>
        <translation>Société civile</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="48"/>
        <source>Planned</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="49"/>
        <source>Open for nominations</source>
        <translation>Ouverte aux candidatures</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="50"/>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="51"/>
        <source>Closed</source>
        <translation>Clôturée</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="52"/>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="55"/>
        <source>Nominated</source>
        <translation>Proposé</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="56"/>
        <source>Confirmed</source>
        <translation>Confirmé</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="57"/>
        <source>Wait-listed</source>
        <translation>En liste d&apos;attente</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="58"/>
        <source>Declined</source>
        <translation>Décliné</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="59"/>
        <source>Withdrawn</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="60"/>
        <source>No-show</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="61"/>
        <source>Completed</source>
        <translation>Achevé</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="62"/>
        <source>Not completed</source>
        <translation>Non achevé</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="65"/>
        <source>In person</source>
        <translation>En présentiel</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="66"/>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="67"/>
        <source>Blended</source>
        <translation>Hybride</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="70"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="71"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="72"/>
        <source>Arabic</source>
        <translation>Arabe</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="73"/>
        <source>Portuguese</source>
        <translation>Portugais</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="76"/>
        <source>Passport</source>
        <translation>Passeport</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="77"/>
        <source>National identity card</source>
        <translation>Carte nationale d&apos;identité</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="78"/>
        <source>Service card</source>
        <translation>Carte professionnelle</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="79"/>
        <source>Other document</source>
        <translation>Autre pièce</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="82"/>
        <source>Left out of the count</source>
        <translation>Exclue du calcul</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="83"/>
        <source>Counted as attended</source>
        <translation>Comptée comme présence</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="84"/>
        <source>Counted as absent</source>
        <translation>Comptée comme absence</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="127"/>
        <source>valid</source>
        <translation>valide</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="128"/>
        <source>revoked</source>
        <translation>révoqué</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="129"/>
        <source>superseded</source>
        <translation>remplacé</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="134"/>
        <source>Account activated</source>
        <translation>Compte activé</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="135"/>
        <source>User added</source>
        <translation>Utilisateur ajouté</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="136"/>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="137"/>
        <source>Audit checkpoint signed</source>
        <translation>Point de contrôle de l&apos;audit signé</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="138"/>
        <source>Password changed</source>
        <translation>Mot de passe changé</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="139"/>
        <source>Role changed</source>
        <translation>Rôle changé</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="140"/>
        <source>Course closed</source>
        <translation>Session clôturée</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="141"/>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="142"/>
        <source>Server login created</source>
        <translation>Identifiant serveur créé</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="143"/>
        <source>First administrator created</source>
        <translation>Premier administrateur créé</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="144"/>
        <source>Signing key created</source>
        <translation>Clé de signature créée</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="145"/>
        <source>Account deactivated</source>
        <translation>Compte désactivé</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="146"/>
        <source>Demo data created</source>
        <translation>Données de démonstration créées</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="147"/>
        <source>Exported</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="148"/>
        <source>Audit trail exported</source>
        <translation>Journal d&apos;audit exporté</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="149"/>
        <source>Nominations imported</source>
        <translation>Candidatures importées</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="150"/>
        <source>Certificate issued</source>
        <translation>Certificat délivré</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="151"/>
        <source>Account locked</source>
        <translation>Compte verrouillé</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="152"/>
        <source>Attendance marked</source>
        <translation>Présence saisie</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="153"/>
        <source>Duplicates merged</source>
        <translation>Doublons fusionnés</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="154"/>
        <source>Enrolment status changed</source>
        <translation>Statut d&apos;inscription modifié</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="155"/>
        <source>Nomination recorded</source>
        <translation>Candidature enregistrée</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="156"/>
        <source>Outcome recorded</source>
        <translation>Résultat enregistré</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="157"/>
        <source>Printed</source>
        <translation>Impression</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="158"/>
        <source>Originals printed again</source>
        <translation>Originaux réimprimés</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="159"/>
        <source>Taken off the waiting list</source>
        <translation>Retiré de la liste d&apos;attente</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="160"/>
        <source>Revocation list published</source>
        <translation>Liste de révocation publiée</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="161"/>
        <source>Duplicate printed</source>
        <translation>Duplicata imprimé</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="162"/>
        <source>Password reset</source>
        <translation>Mot de passe réinitialisé</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="163"/>
        <source>Restored</source>
        <translation>Restauration</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="164"/>
        <source>Certificate revoked</source>
        <translation>Certificat révoqué</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="165"/>
        <source>Scores entered</source>
        <translation>Notes saisies</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="166"/>
        <source>Signed in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="167"/>
        <source>Sign-in failed</source>
        <translation>Échec de connexion</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="168"/>
        <source>Certificate superseded</source>
        <translation>Certificat remplacé</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="169"/>
        <source>Certificate template changed</source>
        <translation>Modèle de certificat modifié</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="170"/>
        <source>Changed</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="171"/>
        <source>Audit trail verified</source>
        <translation>Journal d&apos;audit vérifié</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="172"/>
        <source>Certificate verified</source>
        <translation>Certificat vérifié</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="175"/>
        <source>attendance</source>
        <translation>présence</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="176"/>
        <source>audit trail</source>
        <translation>journal d&apos;audit</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="177"/>
        <source>certificate</source>
        <translation>certificat</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="178"/>
        <source>certificate register</source>
        <translation>registre des certificats</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="179"/>
        <source>course</source>
        <translation>session</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="180"/>
        <source>enrolment</source>
        <translation>inscription</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="181"/>
        <source>nominations</source>
        <translation>candidatures</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="182"/>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="183"/>
        <source>participant</source>
        <translation>participant</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="184"/>
        <source>list of participants</source>
        <translation>liste des participants</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="185"/>
        <source>programme</source>
        <translation>programme</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="186"/>
        <source>register</source>
        <translation>registre</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="187"/>
        <source>report</source>
        <translation>rapport</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="188"/>
        <source>seal</source>
        <translation>sceau</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="189"/>
        <source>setting</source>
        <translation>paramètre</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="190"/>
        <source>trainer</source>
        <translation>formateur</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="191"/>
        <source>user</source>
        <translation>utilisateur</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="194"/>
        <source>completion</source>
        <translation>réussite</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/labels.py" line="195"/>
        <source>participation</source>
        <translation>participation</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../registry_app/gui/main_window.py" line="84"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/main_window.py" line="85"/>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/main_window.py" line="86"/>
        <source>Programmes</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/main_window.py" line="87"/>
        <source>Courses</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/main_window.py" line="88"/>
        <source>Trainers</source>
        <translation>Formateurs</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/main_window.py" line="89"/>
        <source>Attendance</source>
        <translation>Présence</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/main_window.py" line="90"/>
        <source>Certificates</source>
        <translation>Certificats</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/main_window.py" line="91"/>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/main_window.py" line="92"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/main_window.py" line="98"/>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/main_window.py" line="101"/>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/main_window.py" line="176"/>
        <source>Open another register…</source>
        <translation>Ouvrir un autre registre…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/language_change.py" line="41"/>
        <location filename="../../registry_app/gui/main_window.py" line="245"/>
        <source>User: %1</source>
        <translation>Utilisateur : %1</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/language_change.py" line="43"/>
        <location filename="../../registry_app/gui/main_window.py" line="256"/>
        <source>Change my &amp;password…</source>
        <translation>Changer mon &amp;mot de passe…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/main_window.py" line="297"/>
        <source>About %1</source>
        <translation>À propos de %1</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/main_window.py" line="353"/>
        <source>The daily backup failed</source>
        <translation>La sauvegarde du jour a échoué</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="9"/>
        <source>Training Registry</source>
        <translation>Training Registry</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="23"/>
        <source>Sections</source>
        <translation>Rubriques</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="35"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="40"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="44"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="54"/>
        <source>&amp;New record…</source>
        <translation>&amp;Nouvelle fiche…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="55"/>
        <source>A new record in the list shown: participant, organisation, programme, course or trainer</source>
        <translation>Une nouvelle fiche dans la liste affichée : participant, organisation, programme, session ou formateur</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="56"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="59"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="60"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="63"/>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="64"/>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="67"/>
        <source>&amp;User guide</source>
        <translation>&amp;Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="68"/>
        <source>The guide&apos;s page on the section shown</source>
        <translation>La page du guide sur la section affichée</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="72"/>
        <source>&amp;About Training Registry</source>
        <translation>À &amp;propos de Training Registry</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../registry_app/gui/dialogs/duplicates_dialog.py" line="112"/>
        <source>Merge a duplicate</source>
        <translation>Fusionner un doublon</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/duplicates_dialog.py" line="116"/>
        <source>Choose the other record of %1. Its courses, attendance and certificates move to this record; it is then archived. The merge is written in the audit trail.</source>
        <translation>Choisissez l&apos;autre fiche de %1. Ses sessions, présences et certificats passent sur cette fiche ; elle est ensuite archivée. La fusion est inscrite au journal d&apos;audit.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/duplicates_dialog.py" line="122"/>
        <source>Or type the other record&apos;s reference, e.g. P-000123</source>
        <translation>Ou saisissez la référence de l&apos;autre fiche, p. ex. P-000123</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/duplicates_dialog.py" line="125"/>
        <source>Merge into this record</source>
        <translation>Fusionner dans cette fiche</translation>
    </message>
</context>
<context>
    <name>NewPasswordDialog</name>
    <message>
        <location filename="../../registry_app/gui/pages/users_page.py" line="71"/>
        <source>&amp;New password</source>
        <translation>&amp;Nouveau mot de passe</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/users_page.py" line="72"/>
        <source>The new password &amp;again</source>
        <translation>Le nouveau mot de passe, une &amp;seconde fois</translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <location filename="../../registry_app/gui/pages/users_page.py" line="46"/>
        <source>Add a user</source>
        <translation>Ajouter un utilisateur</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/users_page.py" line="47"/>
        <source>The person signs in with this user name and password, and may change the password afterwards.</source>
        <translation>La personne se connecte avec ce nom d&apos;utilisateur et ce mot de passe, qu&apos;elle pourra changer ensuite.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/users_page.py" line="49"/>
        <source>&amp;User name</source>
        <translation>&amp;Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/users_page.py" line="50"/>
        <source>&amp;Full name</source>
        <translation>Nom &amp;complet</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/users_page.py" line="55"/>
        <source>&amp;Role</source>
        <translation>&amp;Rôle</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/users_page.py" line="56"/>
        <source>&amp;Password</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/users_page.py" line="57"/>
        <source>The password &amp;again</source>
        <translation>Le mot de passe, une &amp;seconde fois</translation>
    </message>
</context>
<context>
    <name>NominationFiles</name>
    <message>
        <location filename="../../registry_app/gui/editors/nomination_files.py" line="52"/>
        <location filename="../../registry_app/gui/editors/nomination_files.py" line="59"/>
        <source>Import nominations</source>
        <translation>Importer des candidatures</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/editors/nomination_files.py" line="53"/>
        <source>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv)</source>
        <translation>Tableurs (*.xlsx *.xlsm *.xls *.ods *.csv)</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/editors/nomination_files.py" line="60"/>
        <source>Save the course first, then import its nominations.</source>
        <translation>Enregistrez d&apos;abord la session, puis importez ses candidatures.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/editors/nomination_files.py" line="77"/>
        <location filename="../../registry_app/gui/editors/nomination_files.py" line="85"/>
        <source>Nomination workbook</source>
        <translation>Classeur de candidatures</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/editors/nomination_files.py" line="78"/>
        <source>Workbooks (*.xlsx)</source>
        <translation>Classeurs (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>NominationsImportDialog</name>
    <message>
        <location filename="../../registry_app/gui/dialogs/nominations_import.py" line="51"/>
        <source>Import nominations into %1</source>
        <translation>Importer des candidatures dans %1</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/nominations_import.py" line="56"/>
        <source>(not said)</source>
        <translation>(non précisé)</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/nominations_import.py" line="60"/>
        <location filename="../../registry_app/gui/dialogs/nominations_import.py" line="63"/>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/nominations_import.py" line="60"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/nominations_import.py" line="61"/>
        <source>Match</source>
        <translation>Correspondance</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/nominations_import.py" line="63"/>
        <source>Sheet</source>
        <translation>Feuille</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/nominations_import.py" line="63"/>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/nominations_import.py" line="63"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/nominations_import.py" line="64"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/nominations_import.py" line="80"/>
        <source>&amp;Fix the value…</source>
        <translation>&amp;Corriger la valeur…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/nominations_import.py" line="81"/>
        <source>&amp;Pick the match…</source>
        <translation>C&amp;hoisir la correspondance…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/nominations_import.py" line="82"/>
        <source>&amp;Skip the row / take it back</source>
        <translation>&amp;Écarter la ligne / la reprendre</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/nominations_import.py" line="83"/>
        <source>&amp;Map the columns…</source>
        <translation>&amp;Associer les colonnes…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/nominations_import.py" line="89"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/nominations_import.py" line="95"/>
        <source>Sent by:</source>
        <translation>Envoyé par :</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/nominations_import.py" line="122"/>
        <location filename="../../registry_app/gui/dialogs/nominations_import.py" line="139"/>
        <location filename="../../registry_app/gui/dialogs/nominations_import.py" line="307"/>
        <source>Import nominations</source>
        <translation>Importer des candidatures</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/nominations_import.py" line="122"/>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/nominations_import.py" line="161"/>
        <source>%1 (sheet %2): %3 rows — %4 new participants, %5 in the register, %6 already on the course, %7 with problems, %8 skipped.</source>
        <translation>%1 (feuille %2) : %3 lignes — %4 nouveaux participants, %5 déjà dans le registre, %6 déjà inscrits à la session, %7 avec des problèmes, %8 écartées.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/nominations_import.py" line="177"/>
        <source>&amp;Import %1 rows</source>
        <translation>&amp;Importer %1 lignes</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/nominations_import.py" line="180"/>
        <source>problem</source>
        <translation>problème</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/nominations_import.py" line="180"/>
        <source>skipped</source>
        <translation>écartée</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/nominations_import.py" line="180"/>
        <source>already on the course</source>
        <translation>déjà inscrit</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/nominations_import.py" line="181"/>
        <source>in the register</source>
        <translation>dans le registre</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/nominations_import.py" line="181"/>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/nominations_import.py" line="215"/>
        <source>%1 candidates</source>
        <translation>%1 candidats</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/nominations_import.py" line="260"/>
        <source>Fix the value</source>
        <translation>Corriger la valeur</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/nominations_import.py" line="281"/>
        <source>A new participant</source>
        <translation>Un nouveau participant</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/nominations_import.py" line="283"/>
        <source>Who is this?</source>
        <translation>Qui est-ce ?</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/nominations_import.py" line="283"/>
        <source>This row is:</source>
        <translation>Cette ligne est :</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/nominations_import.py" line="307"/>
        <source>Writing the nominations…</source>
        <translation>Enregistrement des candidatures…</translation>
    </message>
</context>
<context>
    <name>OpenFailure</name>
    <message>
        <location filename="../../registry_app/gui/dialogs/open_failure_dialog.py" line="26"/>
        <source>The register cannot be opened</source>
        <translation>Le registre ne peut pas être ouvert</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/open_failure_dialog.py" line="28"/>
        <source>Nothing was created or changed. Choose another register, or quit.</source>
        <translation>Rien n&apos;a été créé ni modifié. Choisissez un autre registre, ou quittez.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/open_failure_dialog.py" line="30"/>
        <source>Choose another register…</source>
        <translation>Choisir un autre registre…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/open_failure_dialog.py" line="34"/>
        <source>Restore the latest good backup (%1)</source>
        <translation>Restaurer la dernière bonne sauvegarde (%1)</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/open_failure_dialog.py" line="39"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
</context>
<context>
    <name>OrganisationEditor</name>
    <message>
        <location filename="../../registry_app/gui/editors/simple_editors.py" line="40"/>
        <source>Choose the type of organisation.</source>
        <translation>Choisissez le type d&apos;organisation.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/editors/simple_editors.py" line="41"/>
        <source>Choose the country.</source>
        <translation>Choisissez le pays.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/editors/simple_editors.py" line="53"/>
        <source>New organisation</source>
        <translation>Nouvelle organisation</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/editors/simple_editors.py" line="58"/>
        <source>%1 participant(s) of this organisation in the register.</source>
        <translation>%1 participant(s) de cette organisation dans le registre.</translation>
    </message>
</context>
<context>
    <name>OrganisationForm</name>
    <message>
        <location filename="../../ui/organisation_form.ui" line="42"/>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_form.ui" line="59"/>
        <source>&amp;Acronym</source>
        <translation>&amp;Sigle</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_form.ui" line="76"/>
        <source>&amp;Type</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_form.ui" line="89"/>
        <source>&amp;Country</source>
        <translation>&amp;Pays</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_form.ui" line="130"/>
        <source>Archive</source>
        <translation>Archiver</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_form.ui" line="137"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_form.ui" line="144"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>ParticipantEditor</name>
    <message>
        <location filename="../../registry_app/gui/editors/participant_editor.py" line="58"/>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/editors/participant_editor.py" line="68"/>
        <source>Choose F or M.</source>
        <translation>Choisissez F ou M.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/editors/participant_editor.py" line="70"/>
        <source>Choose the nationality.</source>
        <translation>Choisissez la nationalité.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/editors/participant_editor.py" line="97"/>
        <source>New participant</source>
        <translation>Nouveau participant</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/editors/participant_editor.py" line="146"/>
        <source>This is the record already in the register; what you typed was not saved.</source>
        <translation>Voici la fiche déjà présente dans le registre ; votre saisie n&apos;a pas été enregistrée.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/editors/participant_editor.py" line="158"/>
        <source>Save or undo your changes before merging.</source>
        <translation>Enregistrez ou annulez vos modifications avant de fusionner.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/editors/participant_editor.py" line="174"/>
        <source>%1 was merged into this record and archived.</source>
        <translation>%1 a été fusionné dans cette fiche et archivé.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/editors/participant_editor.py" line="189"/>
        <source>This file is not a picture that can be read.</source>
        <translation>Ce fichier n&apos;est pas une image lisible.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/editors/participant_editor.py" line="194"/>
        <source>Choose a photo</source>
        <translation>Choisir une photo</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/editors/participant_editor.py" line="195"/>
        <source>Pictures (*.jpg *.jpeg *.png *.bmp)</source>
        <translation>Images (*.jpg *.jpeg *.png *.bmp)</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/editors/participant_editor.py" line="220"/>
        <source>No photo</source>
        <translation>Pas de photo</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/editors/participant_editor.py" line="230"/>
        <source>Course</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/editors/participant_editor.py" line="230"/>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/editors/participant_editor.py" line="230"/>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/editors/participant_editor.py" line="230"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/editors/participant_editor.py" line="231"/>
        <source>Attendance</source>
        <translation>Présence</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/editors/participant_editor.py" line="231"/>
        <source>Pre-test</source>
        <translation>Pré-test</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/editors/participant_editor.py" line="231"/>
        <source>Post-test</source>
        <translation>Post-test</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/editors/participant_editor.py" line="231"/>
        <source>Certificates</source>
        <translation>Certificats</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/editors/participant_editor.py" line="251"/>
        <source>Not nominated to any course yet.</source>
        <translation>Proposé à aucune session pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/editors/participant_editor.py" line="253"/>
        <source>Nominated to %1 course(s); completed %2; %3 certificate(s).</source>
        <translation>Proposé à %1 session(s) ; achevé %2 ; %3 certificat(s).</translation>
    </message>
</context>
<context>
    <name>ParticipantForm</name>
    <message>
        <location filename="../../ui/participant_form.ui" line="41"/>
        <source>&amp;Details</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <location filename="../../ui/participant_form.ui" line="49"/>
        <source>&amp;Title</source>
        <translation>&amp;Civilité</translation>
    </message>
    <message>
        <location filename="../../ui/participant_form.ui" line="62"/>
        <source>Mr, Ms, Dr, Judge…</source>
        <translation>M., Mme, Dr, Juge…</translation>
    </message>
    <message>
        <location filename="../../ui/participant_form.ui" line="69"/>
        <source>&amp;Given names</source>
        <translation>&amp;Prénoms</translation>
    </message>
    <message>
        <location filename="../../ui/participant_form.ui" line="86"/>
        <source>&amp;Family name</source>
        <translation>Nom de &amp;famille</translation>
    </message>
    <message>
        <location filename="../../ui/participant_form.ui" line="103"/>
        <source>Name in &amp;another script</source>
        <translation>Nom dans une &amp;autre écriture</translation>
    </message>
    <message>
        <location filename="../../ui/participant_form.ui" line="123"/>
        <source>&amp;Sex</source>
        <translation>&amp;Sexe</translation>
    </message>
    <message>
        <location filename="../../ui/participant_form.ui" line="136"/>
        <source>Date of &amp;birth</source>
        <translation>Date de &amp;naissance</translation>
    </message>
    <message>
        <location filename="../../ui/participant_form.ui" line="156"/>
        <source>&amp;Nationality</source>
        <translation>&amp;Nationalité</translation>
    </message>
    <message>
        <location filename="../../ui/participant_form.ui" line="169"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/participant_form.ui" line="182"/>
        <source>&amp;Rank or position</source>
        <translation>&amp;Grade ou fonction</translation>
    </message>
    <message>
        <location filename="../../ui/participant_form.ui" line="199"/>
        <source>&amp;E-mail</source>
        <translation>&amp;Courriel</translation>
    </message>
    <message>
        <location filename="../../ui/participant_form.ui" line="212"/>
        <source>name@agency.gov</source>
        <translation>nom@agence.gouv</translation>
    </message>
    <message>
        <location filename="../../ui/participant_form.ui" line="219"/>
        <source>&amp;Phone</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/participant_form.ui" line="232"/>
        <source>+212 537 00 00 00</source>
        <translation>+212 537 00 00 00</translation>
    </message>
    <message>
        <location filename="../../ui/participant_form.ui" line="239"/>
        <source>Preferred &amp;language</source>
        <translation>&amp;Langue préférée</translation>
    </message>
    <message>
        <location filename="../../ui/participant_form.ui" line="252"/>
        <source>ID &amp;document</source>
        <translation>Pièce d&apos;&amp;identité</translation>
    </message>
    <message>
        <location filename="../../ui/participant_form.ui" line="265"/>
        <source>ID document n&amp;umber</source>
        <translation>N&amp;uméro de la pièce</translation>
    </message>
    <message>
        <location filename="../../ui/participant_form.ui" line="282"/>
        <source>No&amp;tes</source>
        <translation>No&amp;tes</translation>
    </message>
    <message>
        <location filename="../../ui/participant_form.ui" line="327"/>
        <source>No photo</source>
        <translation>Pas de photo</translation>
    </message>
    <message>
        <location filename="../../ui/participant_form.ui" line="334"/>
        <source>C&amp;hoose photo…</source>
        <translation>C&amp;hoisir une photo…</translation>
    </message>
    <message>
        <location filename="../../ui/participant_form.ui" line="341"/>
        <source>Remove photo</source>
        <translation>Retirer la photo</translation>
    </message>
    <message>
        <location filename="../../ui/participant_form.ui" line="368"/>
        <source>Courses and certificates</source>
        <translation>Sessions et certificats</translation>
    </message>
    <message>
        <location filename="../../ui/participant_form.ui" line="409"/>
        <source>&amp;Merge a duplicate…</source>
        <translation>&amp;Fusionner un doublon…</translation>
    </message>
    <message>
        <location filename="../../ui/participant_form.ui" line="423"/>
        <source>Archive</source>
        <translation>Archiver</translation>
    </message>
    <message>
        <location filename="../../ui/participant_form.ui" line="430"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../ui/participant_form.ui" line="437"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <location filename="../../registry_app/gui/models/participants_model.py" line="30"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/models/participants_model.py" line="31"/>
        <source>Family name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/models/participants_model.py" line="32"/>
        <source>Given names</source>
        <translation>Prénoms</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/models/participants_model.py" line="33"/>
        <source>Name in another script</source>
        <translation>Nom dans une autre écriture</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/models/participants_model.py" line="34"/>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/models/participants_model.py" line="35"/>
        <source>Nationality</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/models/participants_model.py" line="36"/>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/models/participants_model.py" line="37"/>
        <source>Rank / position</source>
        <translation>Grade / fonction</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/models/participants_model.py" line="57"/>
        <source>Sounds like what you typed, or written otherwise: not an exact match.</source>
        <translation>Se prononce comme ce que vous avez tapé, ou s&apos;écrit autrement : ce n&apos;est pas une correspondance exacte.</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <location filename="../../registry_app/gui/pages/participants_page.py" line="27"/>
        <source>Women</source>
        <translation>Femmes</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/participants_page.py" line="27"/>
        <source>Men</source>
        <translation>Hommes</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/participants_page.py" line="49"/>
        <source>All regions</source>
        <translation>Toutes les régions</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/participants_page.py" line="51"/>
        <source>All nationalities</source>
        <translation>Toutes les nationalités</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/participants_page.py" line="54"/>
        <source>All organisations</source>
        <translation>Tous les organismes</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/participants_page.py" line="56"/>
        <source>Women and men</source>
        <translation>Femmes et hommes</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/participants_page.py" line="135"/>
        <source>No participant matches.</source>
        <translation>Aucun participant ne correspond.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/participants_page.py" line="135"/>
        <source>The register has no participant yet.</source>
        <translation>Le registre ne compte encore aucun participant.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/participants_page.py" line="138"/>
        <source>%1 participant(s) match; below them, %2 whose names are written otherwise or sound alike, marked ≈.</source>
        <translation>%1 participant(s) correspond(ent) ; en dessous, %2 dont le nom s&apos;écrit autrement ou se prononce de même, marqués ≈.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/participants_page.py" line="142"/>
        <source>%1 participants match; names written otherwise or sounding alike follow them, marked ≈, at the end of the list.</source>
        <translation>%1 participants correspondent ; les noms écrits autrement ou qui se prononcent de même les suivent, marqués ≈, en fin de liste.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/participants_page.py" line="145"/>
        <source>1 participant matches.</source>
        <translation>1 participant correspond.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/participants_page.py" line="145"/>
        <source>1 participant in the register.</source>
        <translation>1 participant dans le registre.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/participants_page.py" line="147"/>
        <source>No name matches exactly; %1 participant(s) with names that sound alike.</source>
        <translation>Aucun nom ne correspond exactement ; %1 participant(s) aux noms proches.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/participants_page.py" line="149"/>
        <source>%1 participants match.</source>
        <translation>%1 participants correspondent.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/participants_page.py" line="151"/>
        <source>%1 participants in the register.</source>
        <translation>%1 participants dans le registre.</translation>
    </message>
    <message>
        <location filename="../../ui/participants_page.ui" line="11"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../ui/participants_page.ui" line="20"/>
        <source>Search: name in Latin or Arabic script, reference, e-mail, ID document…</source>
        <translation>Rechercher : nom en caractères latins ou arabes, référence, courriel, pièce d&apos;identité…</translation>
    </message>
    <message>
        <location filename="../../ui/participants_page.ui" line="23"/>
        <source>Search participants</source>
        <translation>Rechercher des participants</translation>
    </message>
    <message>
        <location filename="../../ui/participants_page.ui" line="34"/>
        <source>E&amp;xport the list…</source>
        <translation>E&amp;xporter la liste…</translation>
    </message>
    <message>
        <location filename="../../ui/participants_page.ui" line="35"/>
        <source>The participants as listed (search, filters, order) to an .xlsx or .csv file</source>
        <translation>Les participants tels qu&apos;affichés (recherche, filtres, ordre) dans un fichier .xlsx ou .csv</translation>
    </message>
    <message>
        <location filename="../../ui/participants_page.ui" line="44"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../../ui/participants_page.ui" line="50"/>
        <source>Nationality</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <location filename="../../ui/participants_page.ui" line="56"/>
        <source>Type of organisation</source>
        <translation>Type d&apos;organisme</translation>
    </message>
    <message>
        <location filename="../../ui/participants_page.ui" line="62"/>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <location filename="../../ui/participants_page.ui" line="67"/>
        <source>Include the archived</source>
        <translation>Inclure les archivés</translation>
    </message>
    <message>
        <location filename="../../ui/participants_page.ui" line="29"/>
        <source>&amp;New participant…</source>
        <translation>&amp;Nouveau participant…</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../registry_app/gui/dialogs/pdf_preview.py" line="30"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/pdf_preview.py" line="31"/>
        <source>&amp;Save as…</source>
        <translation>&amp;Enregistrer sous…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/pdf_preview.py" line="43"/>
        <source>Save the PDF</source>
        <translation>Enregistrer le PDF</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/pdf_preview.py" line="50"/>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/pdf_preview.py" line="50"/>
        <source>The file could not be written: %1</source>
        <translation>Le fichier n&apos;a pas pu être écrit : %1</translation>
    </message>
</context>
<context>
    <name>ProgrammeEditor</name>
    <message>
        <location filename="../../registry_app/gui/editors/simple_editors.py" line="116"/>
        <source>No test</source>
        <translation>Pas de test</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/editors/simple_editors.py" line="120"/>
        <source>Choose the thematic area.</source>
        <translation>Choisissez le domaine thématique.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/editors/simple_editors.py" line="143"/>
        <source>New programme</source>
        <translation>Nouveau programme</translation>
    </message>
</context>
<context>
    <name>ProgrammeForm</name>
    <message>
        <location filename="../../ui/programme_form.ui" line="42"/>
        <source>&amp;Code</source>
        <translation>&amp;Code</translation>
    </message>
    <message>
        <location filename="../../ui/programme_form.ui" line="55"/>
        <source>INV-101</source>
        <translation>INV-101</translation>
    </message>
    <message>
        <location filename="../../ui/programme_form.ui" line="62"/>
        <source>Title in &amp;English</source>
        <translation>Titre en &amp;anglais</translation>
    </message>
    <message>
        <location filename="../../ui/programme_form.ui" line="79"/>
        <source>Title in &amp;French</source>
        <translation>Titre en &amp;français</translation>
    </message>
    <message>
        <location filename="../../ui/programme_form.ui" line="96"/>
        <source>Title in &amp;Arabic</source>
        <translation>Titre en &amp;arabe</translation>
    </message>
    <message>
        <location filename="../../ui/programme_form.ui" line="116"/>
        <source>T&amp;hematic area</source>
        <translation>Domaine &amp;thématique</translation>
    </message>
    <message>
        <location filename="../../ui/programme_form.ui" line="129"/>
        <source>Nominal &amp;hours</source>
        <translation>&amp;Heures prévues</translation>
    </message>
    <message>
        <location filename="../../ui/programme_form.ui" line="149"/>
        <source>&amp;Minimum attendance</source>
        <translation>Assiduité &amp;minimale</translation>
    </message>
    <message>
        <location filename="../../ui/programme_form.ui" line="165"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location filename="../../ui/programme_form.ui" line="172"/>
        <source>&amp;Pass mark (post-test)</source>
        <translation>Note de &amp;réussite (post-test)</translation>
    </message>
    <message>
        <location filename="../../ui/programme_form.ui" line="192"/>
        <source>E&amp;xcused absences</source>
        <translation>Absences &amp;excusées</translation>
    </message>
    <message>
        <location filename="../../ui/programme_form.ui" line="205"/>
        <source>Accreditation &amp;body</source>
        <translation>Organisme d&apos;&amp;accréditation</translation>
    </message>
    <message>
        <location filename="../../ui/programme_form.ui" line="222"/>
        <source>Accreditation &amp;reference</source>
        <translation>&amp;Référence d&apos;accréditation</translation>
    </message>
    <message>
        <location filename="../../ui/programme_form.ui" line="257"/>
        <source>Archive</source>
        <translation>Archiver</translation>
    </message>
    <message>
        <location filename="../../ui/programme_form.ui" line="264"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../ui/programme_form.ui" line="271"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../../registry_app/gui/editors/record_editor.py" line="203"/>
        <source>Archived: this record is kept for its history but left out of lists and choices.</source>
        <translation>Archivé : cette fiche est conservée pour son historique mais n&apos;apparaît plus dans les listes et les choix.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/editors/record_editor.py" line="207"/>
        <source>Bring back</source>
        <translation>Désarchiver</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/editors/record_editor.py" line="207"/>
        <source>Archive</source>
        <translation>Archiver</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/editors/record_editor.py" line="222"/>
        <source>Correct the fields marked in red, then save again.</source>
        <translation>Corrigez les champs signalés en rouge, puis enregistrez à nouveau.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/editors/record_editor.py" line="241"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/editors/record_editor.py" line="265"/>
        <source>Reloaded: the form shows the record as it is now saved.</source>
        <translation>Rechargé : le formulaire montre la fiche telle qu&apos;elle est enregistrée.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/editors/record_editor.py" line="271"/>
        <source>Not saved: someone else changed this record. Reload it before saving.</source>
        <translation>Non enregistré : quelqu&apos;un d&apos;autre a modifié cette fiche. Rechargez-la avant d&apos;enregistrer.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/editors/record_editor.py" line="294"/>
        <source>Save or undo your changes before archiving.</source>
        <translation>Enregistrez ou annulez vos modifications avant d&apos;archiver.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/editors/record_editor.py" line="303"/>
        <source>Archived.</source>
        <translation>Archivé.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/editors/record_editor.py" line="303"/>
        <source>Brought back from the archive.</source>
        <translation>Sorti de l&apos;archive.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/editors/record_editor.py" line="311"/>
        <source>This form has changes that are not saved. Save them?</source>
        <translation>Ce formulaire contient des modifications non enregistrées. Les enregistrer ?</translation>
    </message>
</context>
<context>
    <name>RecordListPage</name>
    <message>
        <location filename="../../ui/record_list_page.ui" line="32"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../../ui/record_list_page.ui" line="53"/>
        <source>Include the archived</source>
        <translation>Inclure les archivés</translation>
    </message>
    <message>
        <location filename="../../ui/record_list_page.ui" line="42"/>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
</context>
<context>
    <name>RegisterChooser</name>
    <message>
        <location filename="../../registry_app/gui/dialogs/register_chooser.py" line="32"/>
        <location filename="../../registry_app/gui/dialogs/register_chooser.py" line="108"/>
        <source>Choose a register</source>
        <translation>Choisir un registre</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/register_chooser.py" line="36"/>
        <source>A register file on this computer (SQLite)</source>
        <translation>Un fichier de registre sur cet ordinateur (SQLite)</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/register_chooser.py" line="37"/>
        <source>A register on a PostgreSQL server</source>
        <translation>Un registre sur un serveur PostgreSQL</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/register_chooser.py" line="48"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/register_chooser.py" line="49"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/register_chooser.py" line="59"/>
        <source>register.sqlite3</source>
        <translation>registre.sqlite3</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/register_chooser.py" line="62"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/register_chooser.py" line="65"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/register_chooser.py" line="79"/>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/register_chooser.py" line="79"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/register_chooser.py" line="80"/>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/register_chooser.py" line="80"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/register_chooser.py" line="81"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/register_chooser.py" line="109"/>
        <source>Registers (*.sqlite3 *.db);;All files (*)</source>
        <translation>Registres (*.sqlite3 *.db);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>RegisterPages</name>
    <message>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="28"/>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="29"/>
        <source>Search: name or acronym, in any script…</source>
        <translation>Rechercher : nom ou sigle, dans toute écriture…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="31"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="31"/>
        <source>Acronym</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="32"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="32"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="33"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="38"/>
        <source>All countries</source>
        <translation>Tous les pays</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="40"/>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="45"/>
        <source>1 organisation in the register.</source>
        <translation>1 organisation dans le registre.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="46"/>
        <source>%1 organisations in the register.</source>
        <translation>%1 organisations dans le registre.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="47"/>
        <source>The register has no organisation yet.</source>
        <translation>Le registre ne compte encore aucune organisation.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="48"/>
        <source>1 organisation matches.</source>
        <translation>1 organisation correspond.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="49"/>
        <source>%1 organisations match.</source>
        <translation>%1 organisations correspondent.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="50"/>
        <source>No organisation matches.</source>
        <translation>Aucune organisation ne correspond.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="51"/>
        <source>&amp;New organisation…</source>
        <translation>&amp;Nouvelle organisation…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="57"/>
        <source>Programmes</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="58"/>
        <source>Search: code or title in English, French or Arabic…</source>
        <translation>Rechercher : code ou titre en anglais, français ou arabe…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="60"/>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="84"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="60"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="61"/>
        <source>Thematic area</source>
        <translation>Domaine thématique</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="61"/>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="62"/>
        <source>Minimum attendance</source>
        <translation>Assiduité minimale</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="62"/>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="81"/>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="122"/>
        <source>Courses</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="66"/>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="99"/>
        <source>All thematic areas</source>
        <translation>Tous les domaines thématiques</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="69"/>
        <source>1 programme in the register.</source>
        <translation>1 programme dans le registre.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="70"/>
        <source>%1 programmes in the register.</source>
        <translation>%1 programmes dans le registre.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="71"/>
        <source>The register has no programme yet.</source>
        <translation>Le registre ne compte encore aucun programme.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="72"/>
        <source>1 programme matches.</source>
        <translation>1 programme correspond.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="73"/>
        <source>%1 programmes match.</source>
        <translation>%1 programmes correspondent.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="74"/>
        <source>No programme matches.</source>
        <translation>Aucun programme ne correspond.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="75"/>
        <source>&amp;New programme…</source>
        <translation>&amp;Nouveau programme…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="82"/>
        <source>Search: course code, programme, venue or city…</source>
        <translation>Rechercher : code de session, programme, lieu ou ville…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="84"/>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="85"/>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="85"/>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="86"/>
        <source>Venue</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="86"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="87"/>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="87"/>
        <source>Seats taken</source>
        <translation>Places prises</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="94"/>
        <source>All years</source>
        <translation>Toutes les années</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="96"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="103"/>
        <source>1 course in the register.</source>
        <translation>1 session dans le registre.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="104"/>
        <source>%1 courses in the register.</source>
        <translation>%1 sessions dans le registre.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="105"/>
        <source>The register has no course yet.</source>
        <translation>Le registre ne compte encore aucune session.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="106"/>
        <source>1 course matches.</source>
        <translation>1 session correspond.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="107"/>
        <source>%1 courses match.</source>
        <translation>%1 sessions correspondent.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="108"/>
        <source>No course matches.</source>
        <translation>Aucune session ne correspond.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="109"/>
        <source>&amp;New course…</source>
        <translation>&amp;Nouvelle session…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="116"/>
        <source>Trainers</source>
        <translation>Formateurs</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="117"/>
        <source>Search: name, affiliation, expertise, e-mail…</source>
        <translation>Rechercher : nom, rattachement, expertise, courriel…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="119"/>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="119"/>
        <source>Given names</source>
        <translation>Prénoms</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="120"/>
        <source>Name in Arabic</source>
        <translation>Nom en arabe</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="120"/>
        <source>Affiliation</source>
        <translation>Rattachement</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="121"/>
        <source>Expertise</source>
        <translation>Expertise</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="121"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="125"/>
        <source>Women and men</source>
        <translation>Femmes et hommes</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="128"/>
        <source>1 trainer in the register.</source>
        <translation>1 formateur dans le registre.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="129"/>
        <source>%1 trainers in the register.</source>
        <translation>%1 formateurs dans le registre.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="130"/>
        <source>The register has no trainer yet.</source>
        <translation>Le registre ne compte encore aucun formateur.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="131"/>
        <source>1 trainer matches.</source>
        <translation>1 formateur correspond.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="132"/>
        <source>%1 trainers match.</source>
        <translation>%1 formateurs correspondent.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="133"/>
        <source>No trainer matches.</source>
        <translation>Aucun formateur ne correspond.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/register_pages.py" line="134"/>
        <source>&amp;New trainer…</source>
        <translation>&amp;Nouveau formateur…</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <location filename="../../registry_app/gui/pages/reports_charts.py" line="45"/>
        <source>Officials trained by region</source>
        <translation>Agents formés par région</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_charts.py" line="45"/>
        <location filename="../../registry_app/gui/pages/reports_charts.py" line="94"/>
        <source>Officials trained</source>
        <translation>Agents formés</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_charts.py" line="47"/>
        <source>Women and men by thematic area</source>
        <translation>Femmes et hommes par domaine thématique</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_charts.py" line="48"/>
        <source>Women</source>
        <translation>Femmes</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_charts.py" line="48"/>
        <source>Men</source>
        <translation>Hommes</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_charts.py" line="49"/>
        <source>Officials trained by quarter</source>
        <translation>Agents formés par trimestre</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_charts.py" line="50"/>
        <source>Training places by agency type</source>
        <translation>Places de formation par type d&apos;organisme</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_charts.py" line="51"/>
        <source>Training places</source>
        <translation>Places de formation</translation>
    </message>
</context>
<context>
    <name>ReportSettings</name>
    <message>
        <location filename="../../registry_app/gui/pages/reports_settings.py" line="18"/>
        <location filename="../../registry_app/gui/pages/reports_settings.py" line="56"/>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_settings.py" line="27"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_settings.py" line="33"/>
        <source>Hide counts of fewer people than</source>
        <translation>Masquer les effectifs de moins de</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_settings.py" line="43"/>
        <source>In reports that leave the building (PDF, workbook, CSV) a smaller count is shown as &quot;&lt; N&quot;; 0 hides nothing.</source>
        <translation>Dans les rapports qui sortent de l&apos;établissement (PDF, classeur, CSV), un effectif plus petit est indiqué « &lt; N » ; 0 ne masque rien.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_settings.py" line="46"/>
        <source>Saved: counts under %1 are hidden.</source>
        <translation>Enregistré : les effectifs de moins de %1 sont masqués.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../registry_app/gui/pages/reports_page.py" line="55"/>
        <location filename="../../registry_app/gui/pages/reports_page.py" line="257"/>
        <location filename="../../registry_app/gui/pages/reports_page.py" line="260"/>
        <location filename="../../registry_app/gui/pages/reports_page.py" line="356"/>
        <location filename="../../registry_app/gui/pages/reports_page.py" line="359"/>
        <location filename="../../registry_app/gui/pages/reports_page.py" line="386"/>
        <location filename="../../registry_app/gui/pages/reports_page.py" line="390"/>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_page.py" line="71"/>
        <source>Tables</source>
        <translation>Tableaux</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_page.py" line="108"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_page.py" line="110"/>
        <source>from</source>
        <translation>du</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_page.py" line="112"/>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_page.py" line="114"/>
        <source>Any donor</source>
        <translation>Tous les bailleurs</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_page.py" line="116"/>
        <source>Any thematic area</source>
        <translation>Tous les domaines</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_page.py" line="118"/>
        <source>Any programme</source>
        <translation>Tous les programmes</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_page.py" line="120"/>
        <source>Any region</source>
        <translation>Toutes les régions</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_page.py" line="122"/>
        <source>Any country</source>
        <translation>Tous les pays</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_page.py" line="124"/>
        <source>Any agency type</source>
        <translation>Tout type d&apos;organisme</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_page.py" line="129"/>
        <location filename="../../registry_app/gui/pages/reports_tables.py" line="47"/>
        <source>Women</source>
        <translation>Femmes</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_page.py" line="129"/>
        <location filename="../../registry_app/gui/pages/reports_tables.py" line="47"/>
        <source>Men</source>
        <translation>Hommes</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_page.py" line="126"/>
        <source>Women and men</source>
        <translation>Femmes et hommes</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_page.py" line="140"/>
        <source>Results pack (PDF)…</source>
        <translation>Dossier de résultats (PDF)…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_page.py" line="140"/>
        <source>Workbook…</source>
        <translation>Classeur…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_page.py" line="141"/>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_page.py" line="167"/>
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_page.py" line="167"/>
        <source>Last year</source>
        <translation>L&apos;an dernier</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_page.py" line="169"/>
        <source>Quarter %1 of %2</source>
        <translation>Trimestre %1 de %2</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_page.py" line="171"/>
        <source>Since %1</source>
        <translation>Depuis %1</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_page.py" line="172"/>
        <source>Dates chosen</source>
        <translation>Dates choisies</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_page.py" line="247"/>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_page.py" line="193"/>
        <location filename="../../registry_app/gui/pages/reports_page.py" line="267"/>
        <source>Click a bar or a row to list the participants behind it.</source>
        <translation>Cliquez sur une barre ou une ligne pour voir les participants qu&apos;elle compte.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_page.py" line="270"/>
        <location filename="../../registry_app/gui/pages/reports_tables.py" line="46"/>
        <source>Officials trained</source>
        <translation>Agents formés</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_page.py" line="270"/>
        <location filename="../../registry_app/gui/pages/reports_tables.py" line="48"/>
        <location filename="../../registry_app/gui/pages/reports_tables.py" line="56"/>
        <source>Training places</source>
        <translation>Places de formation</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_page.py" line="271"/>
        <source>Share of women</source>
        <translation>Part des femmes</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_page.py" line="271"/>
        <location filename="../../registry_app/gui/pages/reports_tables.py" line="50"/>
        <source>Person-days</source>
        <translation>Jours-personnes</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_page.py" line="272"/>
        <source>Completion rate</source>
        <translation>Taux de réussite</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_page.py" line="273"/>
        <source>Participation rate</source>
        <translation>Taux de participation</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_page.py" line="274"/>
        <source>Pre-/post-test mean</source>
        <translation>Moyenne test initial / final</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_page.py" line="274"/>
        <source>Improved their score</source>
        <translation>Ont amélioré leur score</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_page.py" line="275"/>
        <source>Certificates issued</source>
        <translation>Certificats délivrés</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_page.py" line="276"/>
        <source>Courses delivered</source>
        <translation>Sessions réalisées</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_tables.py" line="19"/>
        <source>By region</source>
        <translation>Par région</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_tables.py" line="20"/>
        <source>By country</source>
        <translation>Par pays</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_tables.py" line="21"/>
        <source>By agency type</source>
        <translation>Par type d&apos;organisme</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_tables.py" line="22"/>
        <source>By thematic area</source>
        <translation>Par domaine thématique</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_tables.py" line="23"/>
        <source>By programme</source>
        <translation>Par programme</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_tables.py" line="24"/>
        <source>By course</source>
        <translation>Par session</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_tables.py" line="25"/>
        <source>By year</source>
        <translation>Par année</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_tables.py" line="26"/>
        <source>By quarter</source>
        <translation>Par trimestre</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_tables.py" line="27"/>
        <source>Courses by venue</source>
        <translation>Sessions par lieu</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_tables.py" line="28"/>
        <source>Courses by mode</source>
        <translation>Sessions par modalité</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_tables.py" line="29"/>
        <source>Courses by language</source>
        <translation>Sessions par langue</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_tables.py" line="45"/>
        <location filename="../../registry_app/gui/pages/reports_tables.py" line="54"/>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_tables.py" line="49"/>
        <source>Completed</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_tables.py" line="55"/>
        <source>Courses</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_tables.py" line="34"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_tables.py" line="34"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_tables.py" line="35"/>
        <source>Name in Arabic</source>
        <translation>Nom en arabe</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_tables.py" line="35"/>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_tables.py" line="36"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_tables.py" line="37"/>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_tables.py" line="38"/>
        <source>Course</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_tables.py" line="38"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_page.py" line="362"/>
        <source>%1: %2 places, %3 people</source>
        <translation>%1 : %2 places, %3 personnes</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_page.py" line="375"/>
        <source>Save the report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/reports_page.py" line="386"/>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="56"/>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="237"/>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="244"/>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="293"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="62"/>
        <source>the --db option</source>
        <translation>l&apos;option --db</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="62"/>
        <source>the REGISTRY_DB environment variable</source>
        <translation>la variable d&apos;environnement REGISTRY_DB</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="63"/>
        <source>the settings file</source>
        <translation>le fichier de paramètres</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="63"/>
        <source>the default file of this user</source>
        <translation>le fichier par défaut de cet utilisateur</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="68"/>
        <source>Register</source>
        <translation>Registre</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="69"/>
        <source>Chosen by</source>
        <translation>Choisi par</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="70"/>
        <source>Schema version</source>
        <translation>Version du schéma</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="71"/>
        <source>Settings file</source>
        <translation>Fichier de paramètres</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="84"/>
        <source>Interface language</source>
        <translation>Langue de l&apos;interface</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="122"/>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="126"/>
        <source>Lock the window after, unused</source>
        <translation>Verrouiller la fenêtre inutilisée après</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="146"/>
        <source>The centre</source>
        <translation>Le centre</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="151"/>
        <source>Save the centre</source>
        <translation>Enregistrer le centre</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="159"/>
        <source>Certificates</source>
        <translation>Certificats</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="162"/>
        <source>Serial prefix</source>
        <translation>Préfixe des numéros</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="163"/>
        <source>Serial pattern</source>
        <translation>Modèle des numéros</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="164"/>
        <source>File names</source>
        <translation>Noms des fichiers</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="165"/>
        <source>Verification address</source>
        <translation>Adresse de vérification</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="172"/>
        <source>Fields: {prefix} {year} {seq:05d} {check} in serials; {serial} {family} {given} {course} in file names.</source>
        <translation>Champs : {prefix} {year} {seq:05d} {check} dans les numéros ; {serial} {family} {given} {course} dans les noms de fichiers.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="176"/>
        <source>Verification address: where the verifier page is published. Certificates issued from now on carry it in their QR code, so that a phone&apos;s camera opens the page; leave it empty for the seal alone.</source>
        <translation>Adresse de vérification : là où la page de vérification est publiée. Les certificats délivrés désormais la portent dans leur code QR, pour que l’appareil photo d’un téléphone ouvre la page ; laissez-la vide pour le sceau seul.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="181"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="186"/>
        <source>Signing key</source>
        <translation>Clé de signature</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="193"/>
        <source>Create a new signing key…</source>
        <translation>Créer une nouvelle clé de signature…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="194"/>
        <source>Export the trust file…</source>
        <translation>Exporter le fichier de confiance…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="195"/>
        <source>Publish the verifier page…</source>
        <translation>Publier la page de vérification…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="197"/>
        <source>A folder to copy to the verification address: the page that checks certificates in any browser, the trust file, the programmes and the signed list of revoked certificates.</source>
        <translation>Un dossier à copier à l’adresse de vérification : la page qui vérifie les certificats dans tout navigateur, le fichier de confiance, les programmes et la liste signée des certificats révoqués.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="217"/>
        <source>None yet: create one before the first graduation.</source>
        <translation>Aucune pour l&apos;instant : créez-en une avant la première remise de certificats.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="229"/>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="234"/>
        <source>New signing key</source>
        <translation>Nouvelle clé de signature</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="230"/>
        <source>Passphrase (8 characters at least):</source>
        <translation>Phrase secrète (8 caractères au moins) :</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="234"/>
        <source>The same again:</source>
        <translation>La même, à nouveau :</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="237"/>
        <source>The two passphrases differ; no key was made.</source>
        <translation>Les deux phrases secrètes diffèrent ; aucune clé n&apos;a été créée.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="253"/>
        <source>Trust file to publish</source>
        <translation>Fichier de confiance à publier</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="267"/>
        <source>Folder of the verifier page</source>
        <translation>Dossier de la page de vérification</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="271"/>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="280"/>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="284"/>
        <source>Publish the verifier page</source>
        <translation>Publier la page de vérification</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="272"/>
        <source>Passphrase of the signing key:</source>
        <translation>Phrase secrète de la clé de signature :</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="282"/>
        <source>The verifier page is in {folder}: copy the folder to the verification address.</source>
        <translation>La page de vérification est dans {folder} : copiez le dossier à l’adresse de vérification.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="111"/>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="295"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../registry_app/gui/dialogs/sign_in_dialog.py" line="90"/>
        <source>Sign in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/sign_in_dialog.py" line="90"/>
        <source>Sign in to the register %1.</source>
        <translation>Connectez-vous au registre %1.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/sign_in_dialog.py" line="92"/>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/sign_in_dialog.py" line="93"/>
        <source>The window locked itself while nobody used it. Type your password to go on, or Cancel to close the program. Register: %1.</source>
        <translation>La fenêtre s&apos;est verrouillée faute d&apos;activité. Tapez votre mot de passe pour continuer, ou Annuler pour fermer le programme. Registre : %1.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/sign_in_dialog.py" line="96"/>
        <source>&amp;User name</source>
        <translation>&amp;Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/sign_in_dialog.py" line="97"/>
        <source>&amp;Password</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/sign_in_dialog.py" line="99"/>
        <source>&amp;Sign in</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/sign_in_dialog.py" line="99"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../registry_app/gui/pages/summary_page.py" line="26"/>
        <source>In the register</source>
        <translation>Dans le registre</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/summary_page.py" line="26"/>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <location filename="../../registry_app/gui/dialogs/template_dialog.py" line="37"/>
        <location filename="../../registry_app/gui/dialogs/template_dialog.py" line="196"/>
        <source>Certificate template</source>
        <translation>Modèle de certificat</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/template_dialog.py" line="53"/>
        <source>the programme&apos;s hours</source>
        <translation>les heures du programme</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/template_dialog.py" line="69"/>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/template_dialog.py" line="70"/>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/template_dialog.py" line="71"/>
        <source>Completion wording</source>
        <translation>Formule de réussite</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/template_dialog.py" line="72"/>
        <source>Participation wording</source>
        <translation>Formule de participation</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/template_dialog.py" line="73"/>
        <source>Accreditation statement</source>
        <translation>Mention d&apos;accréditation</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/template_dialog.py" line="74"/>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/template_dialog.py" line="77"/>
        <source>Signatory %1: name</source>
        <translation>Signataire %1 : nom</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/template_dialog.py" line="78"/>
        <source>Signature…</source>
        <translation>Signature…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/template_dialog.py" line="85"/>
        <source>Signatories</source>
        <translation>Signataires</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/template_dialog.py" line="87"/>
        <source>Background…</source>
        <translation>Fond…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/template_dialog.py" line="87"/>
        <source>Add a logo…</source>
        <translation>Ajouter un logo…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/template_dialog.py" line="88"/>
        <source>No pictures</source>
        <translation>Sans images</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/template_dialog.py" line="92"/>
        <source>Pictures</source>
        <translation>Images</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/template_dialog.py" line="112"/>
        <source>title in English</source>
        <translation>titre en anglais</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/template_dialog.py" line="112"/>
        <source>title in French</source>
        <translation>titre en français</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/template_dialog.py" line="112"/>
        <source>title in Arabic</source>
        <translation>titre en arabe</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/template_dialog.py" line="162"/>
        <source>A picture</source>
        <translation>Une image</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/template_dialog.py" line="162"/>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>TrainerEditor</name>
    <message>
        <location filename="../../registry_app/gui/editors/simple_editors.py" line="80"/>
        <source>Choose F or M.</source>
        <translation>Choisissez F ou M.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/editors/simple_editors.py" line="96"/>
        <source>New trainer</source>
        <translation>Nouveau formateur</translation>
    </message>
</context>
<context>
    <name>TrainerForm</name>
    <message>
        <location filename="../../ui/trainer_form.ui" line="42"/>
        <source>&amp;Title</source>
        <translation>&amp;Civilité</translation>
    </message>
    <message>
        <location filename="../../ui/trainer_form.ui" line="59"/>
        <source>&amp;Given names</source>
        <translation>&amp;Prénoms</translation>
    </message>
    <message>
        <location filename="../../ui/trainer_form.ui" line="76"/>
        <source>&amp;Family name</source>
        <translation>Nom de &amp;famille</translation>
    </message>
    <message>
        <location filename="../../ui/trainer_form.ui" line="93"/>
        <source>Name in &amp;Arabic script</source>
        <translation>Nom en écriture &amp;arabe</translation>
    </message>
    <message>
        <location filename="../../ui/trainer_form.ui" line="113"/>
        <source>&amp;Sex</source>
        <translation>&amp;Sexe</translation>
    </message>
    <message>
        <location filename="../../ui/trainer_form.ui" line="126"/>
        <source>A&amp;ffiliation</source>
        <translation>&amp;Rattachement</translation>
    </message>
    <message>
        <location filename="../../ui/trainer_form.ui" line="143"/>
        <source>E&amp;xpertise</source>
        <translation>E&amp;xpertise</translation>
    </message>
    <message>
        <location filename="../../ui/trainer_form.ui" line="160"/>
        <source>&amp;E-mail</source>
        <translation>&amp;Courriel</translation>
    </message>
    <message>
        <location filename="../../ui/trainer_form.ui" line="177"/>
        <source>&amp;Phone</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/trainer_form.ui" line="212"/>
        <source>Archive</source>
        <translation>Archiver</translation>
    </message>
    <message>
        <location filename="../../ui/trainer_form.ui" line="219"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../ui/trainer_form.ui" line="226"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../../registry_app/gui/pages/users_page.py" line="37"/>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/users_page.py" line="38"/>
        <source>Registrar</source>
        <translation>Responsable du registre</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/users_page.py" line="39"/>
        <source>Registry clerk</source>
        <translation>Agent du registre</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/users_page.py" line="40"/>
        <source>Trainer</source>
        <translation>Formateur</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/users_page.py" line="41"/>
        <source>Viewer</source>
        <translation>Lecteur</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/users_page.py" line="86"/>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/users_page.py" line="89"/>
        <source>Who may use the register, and as what. The register always keeps one active administrator; a deactivated person can no longer sign in.</source>
        <translation>Qui peut utiliser le registre, et à quel titre. Le registre garde toujours un administrateur actif ; une personne désactivée ne peut plus se connecter.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/users_page.py" line="93"/>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/users_page.py" line="93"/>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/users_page.py" line="94"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/users_page.py" line="94"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/users_page.py" line="95"/>
        <location filename="../../registry_app/gui/pages/users_page.py" line="238"/>
        <location filename="../../registry_app/gui/pages/users_page.py" line="243"/>
        <source>Server login</source>
        <translation>Compte serveur</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/users_page.py" line="106"/>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/users_page.py" line="106"/>
        <source>Change &amp;role…</source>
        <translation>Changer le &amp;rôle…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/users_page.py" line="107"/>
        <source>Reset &amp;password…</source>
        <translation>Réinitialiser le &amp;mot de passe…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/users_page.py" line="182"/>
        <source>&amp;Deactivate</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/users_page.py" line="108"/>
        <source>Server &amp;login…</source>
        <translation>Compte &amp;serveur…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/users_page.py" line="158"/>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/users_page.py" line="158"/>
        <source>deactivated</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/users_page.py" line="160"/>
        <source>locked until %1 UTC</source>
        <translation>verrouillé jusqu&apos;à %1 UTC</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/users_page.py" line="181"/>
        <source>&amp;Reactivate</source>
        <translation>&amp;Réactiver</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/users_page.py" line="210"/>
        <source>Change role</source>
        <translation>Changer le rôle</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/users_page.py" line="210"/>
        <source>Role of %1:</source>
        <translation>Rôle de %1 :</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/users_page.py" line="227"/>
        <source>Reset the password</source>
        <translation>Réinitialiser le mot de passe</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/users_page.py" line="228"/>
        <source>A new password for %1; give it to them, and they change it after signing in. It also lifts a lock.</source>
        <translation>Un nouveau mot de passe pour %1 ; remettez-le-lui, et il le changera après s&apos;être connecté. Cela lève aussi un verrouillage.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/users_page.py" line="239"/>
        <source>%1 gets a PostgreSQL login of their own, in the group of their role: the server then refuses them what their role may not do, even outside this program.</source>
        <translation>%1 reçoit son propre compte PostgreSQL, dans le groupe de son rôle : le serveur lui refuse alors ce que son rôle ne permet pas, même hors de ce programme.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/users_page.py" line="243"/>
        <source>%1 signs in to the server as %2.</source>
        <translation>%1 se connecte au serveur en tant que %2.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="52"/>
        <source>This field must be filled in.</source>
        <translation>Ce champ doit être rempli.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="53"/>
        <source>This is not an e-mail address (it should look like name@agency.gov).</source>
        <translation>Ce n&apos;est pas une adresse électronique (elle doit ressembler à nom@agence.gouv).</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="54"/>
        <source>A phone number has 6 to 20 digits, with an optional + in front (e.g. +212 537 00 00 00).</source>
        <translation>Un numéro de téléphone compte 6 à 20 chiffres, avec un + facultatif devant (p. ex. +212 537 00 00 00).</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="55"/>
        <source>The date of birth is in the future.</source>
        <translation>La date de naissance est dans le futur.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="56"/>
        <source>The date of birth makes this person younger than 16.</source>
        <translation>Avec cette date de naissance, la personne aurait moins de 16 ans.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="57"/>
        <source>The date of birth makes this person older than 100.</source>
        <translation>Avec cette date de naissance, la personne aurait plus de 100 ans.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="58"/>
        <source>The course cannot end before it starts.</source>
        <translation>La session ne peut pas se terminer avant de commencer.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="59"/>
        <source>A course lasts at most 366 days.</source>
        <translation>Une session dure au plus 366 jours.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="60"/>
        <source>Give a whole number from 0 to 100.</source>
        <translation>Indiquez un nombre entier de 0 à 100.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="61"/>
        <source>Give a whole number greater than 0.</source>
        <translation>Indiquez un nombre entier supérieur à 0.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="62"/>
        <source>This country already has an organisation of this name.</source>
        <translation>Ce pays a déjà une organisation de ce nom.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="63"/>
        <source>Another programme already has this code.</source>
        <translation>Un autre programme a déjà ce code.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="64"/>
        <source>Another course already has this code.</source>
        <translation>Une autre session a déjà ce code.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="65"/>
        <source>Name the donor of the grant {grant}.</source>
        <translation>Indiquez le bailleur de la subvention {grant}.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="66"/>
        <source>{donor} is listed twice: a donor has one row, with the grant this course is charged to.</source>
        <translation>{donor} figure deux fois : un bailleur a une seule ligne, avec la subvention sur laquelle cette formation est imputée.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="68"/>
        <source>A photo must be a JPEG or PNG picture.</source>
        <translation>Une photo doit être une image JPEG ou PNG.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="69"/>
        <source>The photo is larger than 1 MB; choose a smaller picture.</source>
        <translation>La photo dépasse 1 Mo ; choisissez une image plus petite.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="70"/>
        <source>No font of the printed documents can draw some of these letters: this name could not be printed.</source>
        <translation>Aucune police des documents imprimés ne sait dessiner certaines de ces lettres&#xa0;: ce nom ne pourrait pas être imprimé.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="72"/>
        <source>No font of the printed documents can draw {characters}: certificates and lists could not show this name.</source>
        <translation>Aucune police des documents imprimés ne sait dessiner {characters}&#xa0;: les certificats et les listes ne pourraient pas montrer ce nom.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="74"/>
        <source>“{text}” cannot be printed: no font of the documents has {characters}.</source>
        <translation>«&#xa0;{text}&#xa0;» ne peut pas être imprimé&#xa0;: aucune police des documents n&apos;a {characters}.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="75"/>
        <source>Choose the type of organisation.</source>
        <translation>Choisissez le type d&apos;organisation.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="76"/>
        <source>Choose the country of the organisation.</source>
        <translation>Choisissez le pays de l&apos;organisation.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="77"/>
        <source>Choose the thematic area of the programme.</source>
        <translation>Choisissez le domaine thématique du programme.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="78"/>
        <source>Choose how excused absences count.</source>
        <translation>Choisissez comment comptent les absences excusées.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="79"/>
        <source>Choose the programme this course delivers.</source>
        <translation>Choisissez le programme que cette session dispense.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="80"/>
        <source>Choose the country of the venue.</source>
        <translation>Choisissez le pays du lieu.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="81"/>
        <source>A record cannot be merged with itself.</source>
        <translation>Une fiche ne peut pas être fusionnée avec elle-même.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="82"/>
        <source>The course is cancelled: its enrolments can no longer change.</source>
        <translation>La session est annulée : ses inscriptions ne peuvent plus changer.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="84"/>
        <source>A certificate has at most three logos.</source>
        <translation>Un certificat porte au plus trois logos.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="85"/>
        <source>A certificate has one to three signatories.</source>
        <translation>Un certificat a d&apos;un à trois signataires.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="86"/>
        <source>A certificate is in one language, or two side by side.</source>
        <translation>Un certificat est dans une langue, ou deux côte à côte.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="87"/>
        <source>A correction needs a reason.</source>
        <translation>Une correction doit être motivée.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="88"/>
        <source>A participant can be marked {status} only once the course is running or closed.</source>
        <translation>Un participant ne peut être marqué « {status} » qu&apos;une fois la session en cours ou clôturée.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/reliability_messages.py" line="42"/>
        <location filename="../../registry_app/gui/validation_messages.py" line="89"/>
        <source>A register held in memory cannot be backed up.</source>
        <translation>Un registre tenu en mémoire ne peut pas être sauvegardé.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="90"/>
        <source>A revocation needs a reason.</source>
        <translation>Une révocation doit être motivée.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="91"/>
        <source>A serial pattern must end with the {check} field.</source>
        <translation>Un modèle de numéro doit se terminer par le champ {check}.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="92"/>
        <source>A serial pattern needs a {seq} field, the running number.</source>
        <translation>Un modèle de numéro doit contenir le champ {seq}, le numéro d&apos;ordre.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="93"/>
        <source>A {role} may not {action}.</source>
        <translation>Le rôle « {role} » ne permet pas : {action}.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="94"/>
        <source>An enrolment that is {current} cannot become {new} (only confirmed participants are assessed at closing). It can become: {moves}.</source>
        <translation>Une inscription « {current} » ne peut pas devenir « {new} » (seuls les participants confirmés sont évalués à la clôture). Elle peut devenir : {moves}.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="95"/>
        <source>An enrolment that is {current} cannot become {new}. It can become: {moves}.</source>
        <translation>Une inscription « {current} » ne peut pas devenir « {new} ». Elle peut devenir : {moves}.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="96"/>
        <source>An override needs a reason (enrolment {enrolment}).</source>
        <translation>Une dérogation doit être motivée (inscription {enrolment}).</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="97"/>
        <source>Both records are enrolled on {courses}: withdraw or decline one of the two enrolments there first, or correct it, then merge.</source>
        <translation>Les deux fiches sont inscrites à {courses} : retirez ou refusez d&apos;abord l&apos;une des deux inscriptions, ou corrigez-la, puis fusionnez.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="98"/>
        <source>Certificate {serial} is already {status}.</source>
        <translation>Le certificat {serial} est déjà « {status} ».</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="99"/>
        <source>Certificate {serial} is {status}: {reason}</source>
        <translation>Le certificat {serial} est « {status} » : {reason}</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="100"/>
        <source>Course {code} has days 1 to {last}, not day {day}.</source>
        <translation>La session {code} a les jours 1 à {last}, pas de jour {day}.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="101"/>
        <source>Course {code} is cancelled.</source>
        <translation>La session {code} est annulée.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="102"/>
        <source>Course {code} is {status}: close it before issuing certificates.</source>
        <translation>La session {code} est « {status} » : clôturez-la avant de délivrer les certificats.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="103"/>
        <source>Course {code} is {status}: only a course that has run can be closed.</source>
        <translation>La session {code} est « {status} » : seule une session qui a eu lieu peut être clôturée.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="104"/>
        <source>Course {code} runs until {end}: close it after its last session.</source>
        <translation>La session {code} dure jusqu&apos;au {end} : clôturez-la après sa dernière séance.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="105"/>
        <source>Each signatory needs a name and a title.</source>
        <translation>Chaque signataire doit avoir un nom et une fonction.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="106"/>
        <source>No QR code could be read on {file}: scan it again, straight and sharp.</source>
        <translation>Aucun code QR n&apos;a pu être lu sur {file} : numérisez-le à nouveau, droit et net.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="107"/>
        <source>No certificate has the serial {serial}.</source>
        <translation>Aucun certificat ne porte le numéro {serial}.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="108"/>
        <source>No course has the code {code}. Course codes look like INV-101/2026-03.</source>
        <translation>Aucune session n&apos;a le code {code}. Les codes de session ressemblent à INV-101/2026-03.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/reliability_messages.py" line="43"/>
        <location filename="../../registry_app/gui/validation_messages.py" line="109"/>
        <source>No register is open.</source>
        <translation>Aucun registre n&apos;est ouvert.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="110"/>
        <source>Publishing the verifier signs the revocation list: the key&apos;s passphrase is needed.</source>
        <translation>Publier le vérificateur signe la liste des révocations : la phrase secrète de la clé est nécessaire.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="111"/>
        <source>Serial sequence numbers start at 1.</source>
        <translation>Les numéros d&apos;ordre commencent à 1.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="112"/>
        <source>That half-day is not part of course {code}.</source>
        <translation>Cette demi-journée ne fait pas partie de la session {code}.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/reliability_messages.py" line="44"/>
        <location filename="../../registry_app/gui/validation_messages.py" line="113"/>
        <source>The backup {path} cannot be written: {problem}.</source>
        <translation>La sauvegarde {path} ne peut pas être écrite : {problem}.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="114"/>
        <source>The centre has no signing key yet: create one (registry-app keys create).</source>
        <translation>Le centre n&apos;a pas encore de clé de signature : créez-en une (registry-app keys create).</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="115"/>
        <source>The centre has no signing key yet: create one before publishing the verifier.</source>
        <translation>Le centre n&apos;a pas encore de clé de signature : créez-en une avant de publier le vérificateur.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="116"/>
        <source>The certificate {file} does not verify.</source>
        <translation>Le certificat {file} ne se vérifie pas.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="117"/>
        <source>The course is closed: only the completion decision can still be corrected.</source>
        <translation>La session est clôturée : seule la décision d&apos;achèvement peut encore être corrigée.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="118"/>
        <source>The course is full ({seats} seats): the participant stays on the waiting list until a seat is freed.</source>
        <translation>La session est complète ({seats} places) : le participant reste sur la liste d&apos;attente jusqu&apos;à ce qu&apos;une place se libère.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="119"/>
        <source>The course is full ({seats} seats): the participant was put on the waiting list instead.</source>
        <translation>La session est complète ({seats} places) : le participant a été placé sur la liste d&apos;attente.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="120"/>
        <source>The course is {status}: its nominations can no longer change.</source>
        <translation>La session est « {status} » : ses candidatures ne peuvent plus changer.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="121"/>
        <source>The demo needs at least one participant.</source>
        <translation>La démonstration demande au moins un participant.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="122"/>
        <source>The enrolment is already {status}.</source>
        <translation>L&apos;inscription est déjà « {status} ».</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="123"/>
        <source>The file name pattern is not usable: {problem}</source>
        <translation>Le modèle de nom de fichier est inutilisable : {problem}</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="124"/>
        <source>The file name pattern must hold {serial}, so that two files never clash.</source>
        <translation>Le modèle de nom de fichier doit contenir {serial}, pour que deux fichiers ne se confondent jamais.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/reliability_messages.py" line="8"/>
        <source>{path} is a folder, not a register file.</source>
        <translation>{path} est un dossier, pas un fichier de registre.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/reliability_messages.py" line="9"/>
        <source>{path} is not a file.</source>
        <translation>{path} n&apos;est pas un fichier.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/reliability_messages.py" line="10"/>
        <source>The file {path} is empty: it is not a register.</source>
        <translation>Le fichier {path} est vide : ce n&apos;est pas un registre.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/reliability_messages.py" line="11"/>
        <source>The folder {folder} does not exist: check the register&apos;s path, or create the folder first.</source>
        <translation>Le dossier {folder} n&apos;existe pas : vérifiez le chemin du registre, ou créez d&apos;abord le dossier.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/reliability_messages.py" line="12"/>
        <source>The folder {folder} cannot be created: {problem}.</source>
        <translation>Le dossier {folder} ne peut pas être créé : {problem}.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/reliability_messages.py" line="13"/>
        <source>{folder} is not a folder.</source>
        <translation>{folder} n&apos;est pas un dossier.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/reliability_messages.py" line="14"/>
        <source>The folder {folder} is read-only: a new register cannot be created there.</source>
        <translation>Le dossier {folder} est en lecture seule : on ne peut pas y créer de registre.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/reliability_messages.py" line="15"/>
        <source>The file {path} cannot be read: {problem}.</source>
        <translation>Le fichier {path} ne peut pas être lu : {problem}.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/reliability_messages.py" line="16"/>
        <source>The file {path} is a PDF document, not a register.</source>
        <translation>Le fichier {path} est un document PDF, pas un registre.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/reliability_messages.py" line="17"/>
        <source>The file {path} is a spreadsheet or a ZIP archive, not a register.</source>
        <translation>Le fichier {path} est un classeur ou une archive ZIP, pas un registre.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/reliability_messages.py" line="18"/>
        <source>The file {path} is not a register: it is not a SQLite database.</source>
        <translation>Le fichier {path} n&apos;est pas un registre : ce n&apos;est pas une base SQLite.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/reliability_messages.py" line="19"/>
        <source>The file {path} is a text file, not a register.</source>
        <translation>Le fichier {path} est un fichier texte, pas un registre.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/reliability_messages.py" line="20"/>
        <source>The register {path} is damaged: {problem}.</source>
        <translation>Le registre {path} est endommagé : {problem}.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/reliability_messages.py" line="21"/>
        <source>The register {path} is on a read-only disk or in a read-only folder: it cannot be opened for writing.</source>
        <translation>Le registre {path} est sur un disque ou dans un dossier en lecture seule : il ne peut pas être ouvert en écriture.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/reliability_messages.py" line="22"/>
        <source>The register {path} cannot be read: {problem}.</source>
        <translation>Le registre {path} ne peut pas être lu : {problem}.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/reliability_messages.py" line="23"/>
        <source>The file {path} is another program&apos;s database, not a register of this program.</source>
        <translation>Le fichier {path} est la base de données d&apos;un autre programme, pas un registre de ce programme.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/reliability_messages.py" line="24"/>
        <source>The register {path} was written by a newer version of this program (schema {version}; this one knows {latest}): install the newer version to open it.</source>
        <translation>Le registre {path} a été écrit par une version plus récente de ce programme (schéma {version} ; celle-ci connaît le {latest}) : installez la version plus récente pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/reliability_messages.py" line="25"/>
        <source>The backup {path} is damaged: {problem}.</source>
        <translation>La sauvegarde {path} est endommagée : {problem}.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/reliability_messages.py" line="26"/>
        <source>The server {server} has no database named {database}.</source>
        <translation>Le serveur {server} n&apos;a pas de base nommée {database}.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/reliability_messages.py" line="27"/>
        <source>The server {server} refused the user name or password for {user}.</source>
        <translation>Le serveur {server} a refusé le nom d&apos;utilisateur ou le mot de passe de {user}.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/reliability_messages.py" line="28"/>
        <source>The server {server} has no user named {user}.</source>
        <translation>Le serveur {server} n&apos;a pas d&apos;utilisateur nommé {user}.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/reliability_messages.py" line="29"/>
        <source>The server name {host} is unknown: check its spelling and the network.</source>
        <translation>Le nom de serveur {host} est inconnu : vérifiez son orthographe et le réseau.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/reliability_messages.py" line="30"/>
        <source>No PostgreSQL server answers at {server}: it is stopped, or the address or port is wrong.</source>
        <translation>Aucun serveur PostgreSQL ne répond à {server} : il est arrêté, ou l&apos;adresse ou le port est faux.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/reliability_messages.py" line="31"/>
        <source>The server {server} does not answer (timed out).</source>
        <translation>Le serveur {server} ne répond pas (délai dépassé).</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/reliability_messages.py" line="32"/>
        <source>The server {server} does not let {user} open the database {database}.</source>
        <translation>Le serveur {server} ne permet pas à {user} d&apos;ouvrir la base {database}.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/reliability_messages.py" line="33"/>
        <source>The server {server} cannot be reached: {problem}</source>
        <translation>Le serveur {server} est injoignable : {problem}</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="240"/>
        <source>The port in the PostgreSQL address must be a number from 1 to 65535.</source>
        <translation>Le port de l&apos;adresse PostgreSQL doit être un nombre de 1 à 65535.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="241"/>
        <source>A PostgreSQL URL must name the database: postgresql://host/database.</source>
        <translation>Une adresse PostgreSQL doit nommer la base de données : postgresql://serveur/base.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/reliability_messages.py" line="34"/>
        <source>This database holds tables that are not a register of this program; open another one.</source>
        <translation>Cette base contient des tables qui ne sont pas un registre de ce programme ; ouvrez-en une autre.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/reliability_messages.py" line="35"/>
        <source>The backup file {path} exists already.</source>
        <translation>Le fichier de sauvegarde {path} existe déjà.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/reliability_messages.py" line="36"/>
        <source>The copy of the register fails its integrity check ({problem}): the register itself is damaged.</source>
        <translation>La copie du registre échoue à la vérification d&apos;intégrité ({problem}) : le registre lui-même est endommagé.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/reliability_messages.py" line="37"/>
        <source>The register {path} is open in another window or program: close it there first.</source>
        <translation>Le registre {path} est ouvert dans une autre fenêtre ou un autre programme : fermez-le d&apos;abord.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/reliability_messages.py" line="38"/>
        <source>The PostgreSQL tool {tool} is not installed on this computer: install the PostgreSQL client programs.</source>
        <translation>L&apos;outil PostgreSQL {tool} n&apos;est pas installé sur cet ordinateur : installez les programmes clients de PostgreSQL.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/reliability_messages.py" line="39"/>
        <source>{what} failed: {problem}</source>
        <translation>{what} a échoué : {problem}</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/reliability_messages.py" line="40"/>
        <source>The file {path} is a PostgreSQL backup, but not of a register.</source>
        <translation>Le fichier {path} est une sauvegarde PostgreSQL, mais pas d&apos;un registre.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/reliability_messages.py" line="41"/>
        <source>{count} other connections are open on the register {database}: ask everyone to close the program, then restore again.</source>
        <translation>{count} autres connexions sont ouvertes sur le registre {database} : demandez à chacun de fermer le programme, puis restaurez à nouveau.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/reliability_messages.py" line="46"/>
        <location filename="../../registry_app/gui/validation_messages.py" line="125"/>
        <source>The file {path} is a backup of a PostgreSQL register; this register is a SQLite file.</source>
        <translation>Le fichier {path} est la sauvegarde d&apos;un registre PostgreSQL ; ce registre est un fichier SQLite.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/reliability_messages.py" line="47"/>
        <location filename="../../registry_app/gui/validation_messages.py" line="126"/>
        <source>The file {path} is a backup of a SQLite register; this register is on a PostgreSQL server.</source>
        <translation>Le fichier {path} est la sauvegarde d&apos;un registre SQLite ; ce registre est sur un serveur PostgreSQL.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/reliability_messages.py" line="48"/>
        <location filename="../../registry_app/gui/validation_messages.py" line="127"/>
        <source>The file {path} is not a PostgreSQL backup (pg_dump&apos;s custom format).</source>
        <translation>Le fichier {path} n&apos;est pas une sauvegarde PostgreSQL (format personnalisé de pg_dump).</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/reliability_messages.py" line="49"/>
        <source>The register {path} is damaged ({problem}) and there is no good backup of it beside it: ask for help before anything else is done with the file.</source>
        <translation>Le registre {path} est endommagé ({problem}) et aucune bonne sauvegarde ne se trouve à côté : demandez de l&apos;aide avant de faire quoi que ce soit d&apos;autre avec le fichier.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/reliability_messages.py" line="50"/>
        <source>The register {path} is damaged ({problem}). The latest good backup was made on {made}: restore it (registry-app restore &quot;{file}&quot;).</source>
        <translation>Le registre {path} est endommagé ({problem}). La dernière bonne sauvegarde date du {made} : restaurez-la (registry-app restore &quot;{file}&quot;).</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/reliability_messages.py" line="51"/>
        <source>The disk holding the register is full: nothing was saved. Free some space, then try again.</source>
        <translation>Le disque qui contient le registre est plein : rien n&apos;a été enregistré. Libérez de la place, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/reliability_messages.py" line="52"/>
        <source>Another clerk&apos;s change got in the way and nothing was saved: try again.</source>
        <translation>La modification d&apos;un autre agent a gêné et rien n&apos;a été enregistré : réessayez.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/reliability_messages.py" line="53"/>
        <source>Another clerk changed the same records meanwhile and nothing was saved: reload, then try again.</source>
        <translation>Un autre agent a modifié les mêmes fiches entre-temps et rien n&apos;a été enregistré : rechargez, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/reliability_messages.py" line="54"/>
        <source>The photo cannot be read: the file is damaged, or not a JPEG or PNG picture.</source>
        <translation>La photo ne peut pas être lue : le fichier est endommagé, ou ce n&apos;est pas une image JPEG ou PNG.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/reliability_messages.py" line="55"/>
        <source>The photo has too many pixels: choose a picture of at most 25 megapixels.</source>
        <translation>La photo a trop de pixels : choisissez une image de 25 mégapixels au plus.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/reliability_messages.py" line="56"/>
        <source>This text is longer than this field holds.</source>
        <translation>Ce texte est plus long que ce que ce champ peut contenir.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/reliability_messages.py" line="57"/>
        <source>The register cannot be opened: {problem}.</source>
        <translation>Le registre ne peut pas être ouvert : {problem}.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="128"/>
        <source>The hours on a certificate are between 1 and 2,000.</source>
        <translation>Les heures indiquées sur un certificat sont comprises entre 1 et 2 000.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="129"/>
        <source>The participant is {status} for {code}: only participants in the room (confirmed) have attendance marks.</source>
        <translation>Le participant est « {status} » pour {code} : seuls les participants présents en salle (confirmés) ont des marques de présence.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="130"/>
        <source>The revocation list does not verify with the centre&apos;s keys: {problem}</source>
        <translation>La liste des révocations ne se vérifie pas avec les clés du centre : {problem}</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="131"/>
        <source>The serial pattern is not usable: {problem}</source>
        <translation>Le modèle de numéro est inutilisable : {problem}</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="132"/>
        <source>The serial prefix is letters and digits only, e.g. RBT.</source>
        <translation>Le préfixe des numéros ne contient que des lettres et des chiffres, p. ex. RBT.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="133"/>
        <source>The settings file {path} cannot be read: {problem}</source>
        <translation>Le fichier de paramètres {path} ne peut pas être lu : {problem}</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="134"/>
        <source>The settings file {path} does not hold a JSON object.</source>
        <translation>Le fichier de paramètres {path} ne contient pas d&apos;objet JSON.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="135"/>
        <source>The {test} score must be between 0 and 100, not {score}.</source>
        <translation>La note du {test} doit être comprise entre 0 et 100, pas {score}.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/reliability_messages.py" line="45"/>
        <location filename="../../registry_app/gui/validation_messages.py" line="136"/>
        <source>There is no backup file {path}.</source>
        <translation>Il n&apos;y a pas de fichier de sauvegarde {path}.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="137"/>
        <source>This register already holds data; demo data goes only into an empty register.</source>
        <translation>Ce registre contient déjà des données ; les données de démonstration ne vont que dans un registre vide.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="138"/>
        <source>Unknown field(s) in the serial pattern: {fields}.</source>
        <translation>Champ(s) inconnu(s) dans le modèle de numéro : {fields}.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="139"/>
        <source>a no-show</source>
        <translation>absent sans excuse</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="140"/>
        <source>completed</source>
        <translation>achevé</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="141"/>
        <source>confirmed</source>
        <translation>confirmé</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="142"/>
        <source>declined</source>
        <translation>refusé</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="143"/>
        <source>nominated</source>
        <translation>proposé</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="144"/>
        <source>not completed</source>
        <translation>non achevé</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="145"/>
        <source>on the waiting list</source>
        <translation>sur liste d&apos;attente</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="146"/>
        <source>post-test</source>
        <translation>post-test</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="147"/>
        <source>pre-test</source>
        <translation>pré-test</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="148"/>
        <source>withdrawn</source>
        <translation>retiré</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="149"/>
        <source>{count} certificate(s) issued instead of {wanted}.</source>
        <translation>{count} certificat(s) délivré(s) au lieu de {wanted}.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="150"/>
        <source>{count} participant(s) have no post-test score ({names}): enter the scores on the Attendance page before closing.</source>
        <translation>{count} participant(s) n&apos;ont pas de note au post-test ({names}) : saisissez les notes sur la page Présences avant de clôturer.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="151"/>
        <source>{day} has not come yet: attendance is marked on the day or after.</source>
        <translation>Le {day} n&apos;est pas encore arrivé : la présence se marque le jour même ou après.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="152"/>
        <source>{day} {slot} is not a session of {code}.</source>
        <translation>Le {day} ({slot}) n&apos;est pas une séance de {code}.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="153"/>
        <source>{out} already holds other files: choose an empty folder or an earlier publication of the verifier.</source>
        <translation>{out} contient déjà d&apos;autres fichiers : choisissez un dossier vide ou une publication antérieure du vérificateur.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="154"/>
        <source>{out} is a file, not a folder.</source>
        <translation>{out} est un fichier, pas un dossier.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="155"/>
        <source>{path} is not a trust file of a centre ({problem}).</source>
        <translation>{path} n&apos;est pas un fichier de confiance d&apos;un centre ({problem}).</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="156"/>
        <source>{text} holds a character other than 0-9 and A-Z.</source>
        <translation>{text} contient un caractère autre que 0-9 et A-Z.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="157"/>
        <source>AM</source>
        <translation>matin</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="158"/>
        <source>PM</source>
        <translation>après-midi</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="159"/>
        <source>admin</source>
        <translation>administrateur</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="172"/>
        <source>A quarter is 1, 2, 3 or 4, not {which}.</source>
        <translation>Un trimestre vaut 1, 2, 3 ou 4, pas {which}.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="173"/>
        <source>The period ends ({end}) before it starts ({start}).</source>
        <translation>La période se termine ({end}) avant de commencer ({start}).</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="174"/>
        <source>The threshold of small numbers is between 0 and 100, not {value}.</source>
        <translation>Le seuil des petits effectifs est compris entre 0 et 100, pas {value}.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="175"/>
        <source>A report is written as .pdf, .xlsx or .csv, not {name}.</source>
        <translation>Un rapport s&apos;écrit en .pdf, .xlsx ou .csv, pas {name}.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="176"/>
        <source>No row of {file} is left to import.</source>
        <translation>Il ne reste aucune ligne de {file} à importer.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="177"/>
        <source>Pick one of the participants offered for this row.</source>
        <translation>Choisissez l&apos;un des participants proposés pour cette ligne.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="178"/>
        <source>Reports are written in en, fr or ar, not {language}.</source>
        <translation>Les rapports s&apos;écrivent en en, fr ou ar, pas {language}.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="179"/>
        <source>The course {code} is {status}: its nominations can no longer change.</source>
        <translation>La session {code} est « {status} » : ses candidatures ne peuvent plus changer.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="180"/>
        <source>The participants matched on rows {rows} were archived or merged meanwhile: check the file again.</source>
        <translation>Les participants rapprochés aux lignes {rows} ont été archivés ou fusionnés entre-temps : vérifiez à nouveau le fichier.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="181"/>
        <source>The verification address cannot hold &apos;#&apos; or &apos;?&apos;: the certificate&apos;s seal follows it.</source>
        <translation>L&apos;adresse de vérification ne peut contenir ni « # » ni « ? » : le sceau du certificat la suit.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="182"/>
        <source>The verification address has {length} characters; at most {most} keep the QR code small enough to read.</source>
        <translation>L&apos;adresse de vérification compte {length} caractères ; au plus {most} gardent le code QR assez petit pour être lu.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="183"/>
        <source>The verification address is a web address such as https://verify.example.org/ .</source>
        <translation>L&apos;adresse de vérification est une adresse web telle que https://verify.example.org/ .</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="184"/>
        <source>{count} problems are left in {file}: fix the values, pick the matches or skip the rows; nothing was imported.</source>
        <translation>Il reste {count} problèmes dans {file} : corrigez les valeurs, choisissez les correspondances ou écartez les lignes ; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="186"/>
        <source>attended {rate} % &lt; {minimum} %: no certificate</source>
        <translation>présent {rate} % &lt; {minimum} % : pas de certificat</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="187"/>
        <source>completed the programme</source>
        <translation>a achevé le programme</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="188"/>
        <source>did not complete; attended {rate} % &gt;= {minimum} %</source>
        <translation>n&apos;a pas achevé ; présent {rate} % &gt;= {minimum} %</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="189"/>
        <source>no half-day of attendance counts (none scheduled or all excused)</source>
        <translation>aucune demi-journée de présence ne compte (aucune prévue ou toutes excusées)</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="190"/>
        <source>no post-test score (pass mark {mark})</source>
        <translation>pas de note au post-test (note de passage {mark})</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="191"/>
        <source>post-test {score} {sign} {mark}</source>
        <translation>post-test {score} {sign} {mark}</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="192"/>
        <source>{attendance}; {test}</source>
        <translation>{attendance} ; {test}</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="193"/>
        <source>{attended} of {counted} half-days = {rate} % {sign} {minimum} %</source>
        <translation>{attended} demi-journées sur {counted} = {rate} % {sign} {minimum} %</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="237"/>
        <source>The full check runs every 1 to {most} days, not every {days}.</source>
        <translation>La vérification complète a lieu tous les 1 à {most} jours, pas tous les {days}.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="238"/>
        <source>Give the server&apos;s name or address.</source>
        <translation>Indiquez le nom ou l&apos;adresse du serveur.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="239"/>
        <source>Choose the register&apos;s file.</source>
        <translation>Choisissez le fichier du registre.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="243"/>
        <source>Reading the workbook…</source>
        <translation>Lecture du classeur…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="244"/>
        <source>Checking every row…</source>
        <translation>Vérification de chaque ligne…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="245"/>
        <source>Looking for each person in the register…</source>
        <translation>Recherche de chaque personne dans le registre…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="246"/>
        <source>Ready.</source>
        <translation>Prêt.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="247"/>
        <source>Adding the new participants…</source>
        <translation>Ajout des nouveaux participants…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="248"/>
        <source>Nominating them to the course…</source>
        <translation>Inscription des candidatures à la session…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="249"/>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="250"/>
        <source>Programmes and trainers…</source>
        <translation>Programmes et formateurs…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="251"/>
        <source>Organisations…</source>
        <translation>Organisations…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="252"/>
        <source>Participants…</source>
        <translation>Participants…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="253"/>
        <source>Courses, enrolments and attendance…</source>
        <translation>Sessions, inscriptions et présences…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="254"/>
        <source>Enrolments…</source>
        <translation>Inscriptions…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="255"/>
        <source>Attendance marks…</source>
        <translation>Présences…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="256"/>
        <source>Finishing…</source>
        <translation>Finalisation…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/account_messages.py" line="42"/>
        <location filename="../../registry_app/gui/validation_messages.py" line="194"/>
        <source>A checkpoint is made on demand, at closing or daily, not {reason!r}.</source>
        <translation>Un point de contrôle se fait à la demande, à la fermeture ou chaque jour, pas {reason!r}.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/account_messages.py" line="43"/>
        <location filename="../../registry_app/gui/validation_messages.py" line="195"/>
        <source>Line {line} of {path} is not an audit checkpoint.</source>
        <translation>La ligne {line} de {path} n&apos;est pas un point de contrôle de l&apos;audit.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="197"/>
        <source>This workbook was made for the course {theirs}, not for {ours}: import it into {theirs}, or ask the sender to use the workbook of {ours}.</source>
        <translation>Ce classeur a été fait pour la session {theirs}, pas pour {ours} : importez-le dans {theirs}, ou demandez à l&apos;expéditeur d&apos;utiliser le classeur de {ours}.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="198"/>
        <source>{count} participants of the register may be this person ({references}): pick one, or mark the row as a new participant.</source>
        <translation>{count} participants du registre peuvent être cette personne ({references}) : choisissez-en un, ou marquez la ligne comme un nouveau participant.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="199"/>
        <source>This is {reference}, whose record is archived: pick another participant or mark the row as new.</source>
        <translation>C&apos;est {reference}, dont la fiche est archivée : choisissez un autre participant ou marquez la ligne comme nouvelle.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="200"/>
        <source>The same ID document number is on row {row}: the same person twice?</source>
        <translation>Le même numéro de pièce d&apos;identité figure à la ligne {row} : la même personne deux fois ?</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="201"/>
        <source>{reference} is already on this course: the row is left as it is.</source>
        <translation>{reference} est déjà inscrit à cette session : la ligne est laissée telle quelle.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="202"/>
        <source>Matched to {reference} by name, date of birth and nationality, whose ID document number is {theirs}.</source>
        <translation>Rapproché de {reference} par le nom, la date de naissance et la nationalité, dont le numéro de pièce d&apos;identité est {theirs}.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="203"/>
        <source>This column&apos;s heading names nothing the register keeps: it was not read (map it by hand if it should be).</source>
        <translation>Le titre de cette colonne ne nomme rien que le registre conserve : elle n&apos;a pas été lue (associez-la à la main s&apos;il le faut).</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="204"/>
        <source>The file {file} is larger than 50 MB: no nomination list is that long.</source>
        <translation>Le fichier {file} dépasse 50 Mo : aucune liste de candidatures n&apos;est si longue.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="205"/>
        <source>The file {file} cannot be opened: {reason}.</source>
        <translation>Le fichier {file} ne peut pas être ouvert : {reason}.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="206"/>
        <source>The workbook {file} has no sheet named {sheet}.</source>
        <translation>Le classeur {file} n&apos;a pas de feuille nommée {sheet}.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="207"/>
        <source>No row of {file} looks like column headings (family name, given names, sex...): map its columns by hand.</source>
        <translation>Aucune ligne de {file} ne ressemble à des titres de colonnes (nom, prénoms, sexe…) : associez ses colonnes à la main.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="208"/>
        <source>No column of {file} holds {fields}: map the columns by hand.</source>
        <translation>Aucune colonne de {file} ne contient {fields} : associez les colonnes à la main.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="209"/>
        <source>The file {file} is neither a spreadsheet nor a text (CSV) file.</source>
        <translation>Le fichier {file} n&apos;est ni un tableur ni un fichier texte (CSV).</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="210"/>
        <source>The file {file} is not in UTF-8, UTF-16 or Windows-1252: line {line} has bytes that none of them reads. Save it again as &apos;CSV UTF-8&apos; or as a workbook.</source>
        <translation>Le fichier {file} n&apos;est ni en UTF-8, ni en UTF-16, ni en Windows-1252 : la ligne {line} contient des octets qu&apos;aucun ne lit. Enregistrez-le à nouveau en « CSV UTF-8 » ou en classeur.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="211"/>
        <source>The file {file} contains macros; they were not run, only the cells were read.</source>
        <translation>Le fichier {file} contient des macros ; elles n&apos;ont pas été exécutées, seules les cellules ont été lues.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="212"/>
        <source>This line is separated by another character than the rest of the file ({separator}): save the file again from one program.</source>
        <translation>Cette ligne est séparée par un autre caractère que le reste du fichier ({separator}) : enregistrez à nouveau le fichier depuis un seul programme.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="213"/>
        <source>The file {file} is empty.</source>
        <translation>Le fichier {file} est vide.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="214"/>
        <source>The file {file} is not a workbook, although its name says so: it may be damaged or cut short. Ask for it again.</source>
        <translation>Le fichier {file} n&apos;est pas un classeur, bien que son nom le dise : il est peut-être endommagé ou tronqué. Redemandez-le.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="215"/>
        <source>The file {file} is a zip archive, not a workbook.</source>
        <translation>Le fichier {file} est une archive zip, pas un classeur.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="216"/>
        <source>The workbook {file} has no sheet with anything in it.</source>
        <translation>Le classeur {file} n&apos;a aucune feuille remplie.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="217"/>
        <source>The file {file} has more than {limit} filled rows: send the nominations of one course only.</source>
        <translation>Le fichier {file} a plus de {limit} lignes remplies : envoyez les candidatures d&apos;une seule session.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="218"/>
        <source>The file {file} is protected by a password. Open it, remove the password (File &gt; Info &gt; Protect workbook) and send it again.</source>
        <translation>Le fichier {file} est protégé par un mot de passe. Ouvrez-le, retirez le mot de passe (Fichier &gt; Informations &gt; Protéger le classeur) et renvoyez-le.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="219"/>
        <source>The file {file} is damaged or cut short (it is not a complete workbook). Ask for it again.</source>
        <translation>Le fichier {file} est endommagé ou tronqué (ce n&apos;est pas un classeur complet). Redemandez-le.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="220"/>
        <source>The file {file} cannot be read as a workbook ({detail}). It may be damaged: open it and save it again, or ask for it again.</source>
        <translation>Le fichier {file} ne peut pas être lu comme un classeur ({detail}). Il est peut-être endommagé : ouvrez-le et enregistrez-le à nouveau, ou redemandez-le.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="221"/>
        <source>The file {file} cannot be read as CSV ({detail}).</source>
        <translation>Le fichier {file} ne peut pas être lu comme CSV ({detail}).</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="222"/>
        <source>The file {file} is protected by a password. Open it, remove the password and send it again.</source>
        <translation>Le fichier {file} est protégé par un mot de passe. Ouvrez-le, retirez le mot de passe et renvoyez-le.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="223"/>
        <source>The sheet {sheet} of {file} has more than {limit} filled rows: send the nominations of one course only.</source>
        <translation>La feuille {sheet} de {file} a plus de {limit} lignes remplies : envoyez les candidatures d&apos;une seule session.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="224"/>
        <source>{name} is not yet in the register: give its agency type so that it can be added.</source>
        <translation>{name} n&apos;est pas encore dans le registre : indiquez son type d&apos;organisation pour qu&apos;elle y soit ajoutée.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="225"/>
        <source>This cell has {length} characters; no field of the register takes more than {limit}.</source>
        <translation>Cette cellule a {length} caractères ; aucun champ du registre n&apos;en prend plus de {limit}.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="226"/>
        <source>This is not a date: write it as 21/03/1985.</source>
        <translation>Ce n&apos;est pas une date : écrivez-la comme 21/03/1985.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="227"/>
        <source>This date does not exist.</source>
        <translation>Cette date n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="228"/>
        <source>Sex must be F or M (Female, Male, Femme, Homme, أنثى, ذكر).</source>
        <translation>Le sexe doit être F ou M (Femme, Homme, Female, Male, أنثى, ذكر).</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="229"/>
        <source>This country is not in the register&apos;s list: choose it from the drop-down list.</source>
        <translation>Ce pays n&apos;est pas dans la liste du registre : choisissez-le dans la liste déroulante.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="230"/>
        <source>This agency type is not one of the list: choose it from the drop-down list.</source>
        <translation>Ce type d&apos;organisation n&apos;est pas dans la liste : choisissez-le dans la liste déroulante.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="231"/>
        <source>This ID document type is not one of the list (passport, national identity card, service card, other).</source>
        <translation>Ce type de pièce d&apos;identité n&apos;est pas dans la liste (passeport, carte nationale d&apos;identité, carte professionnelle, autre).</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="232"/>
        <source>This cell holds {kind} where text was expected.</source>
        <translation>Cette cellule contient {kind} là où un texte était attendu.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="233"/>
        <source>This cell&apos;s formula gives an error ({error}): type the value itself.</source>
        <translation>La formule de cette cellule donne une erreur ({error}) : saisissez la valeur elle-même.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="234"/>
        <source>A logo must be a PNG or JPEG picture.</source>
        <translation>Un logo doit être une image PNG ou JPEG.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="235"/>
        <source>Give the centre&apos;s name in English; it is printed on every document.</source>
        <translation>Indiquez le nom du centre en anglais ; il est imprimé sur chaque document.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="236"/>
        <source>The logo is larger than 1 MB; choose a smaller picture.</source>
        <translation>Le logo dépasse 1 Mo ; choisissez une image plus petite.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="160"/>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="12"/>
        <source>Another graduation of {course} issued {count} of these certificates while this one was being prepared ({serials}); this one issued nothing.</source>
        <translation>Une autre remise des certificats de {course} a délivré {count} de ces certificats pendant que celle-ci se préparait ({serials})&#xa0;; celle-ci n’a rien délivré.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="14"/>
        <source>Certificate {serial} can no longer be printed as it was issued: the course, its template or the centre&apos;s settings changed since. Print a duplicate, or correct and reissue it. Nothing was printed.</source>
        <translation>Le certificat {serial} ne peut plus être imprimé tel qu’il a été délivré&#xa0;: la session, son modèle ou les réglages du centre ont changé depuis. Imprimez un duplicata, ou corrigez-le et délivrez-le à nouveau. Rien n’a été imprimé.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="16"/>
        <source>Certificate {serial} was already replaced: {reason}</source>
        <translation>Le certificat {serial} a déjà été remplacé&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="18"/>
        <source>Other certificates were being issued at the same moment; nothing was issued for this course. Issue them again.</source>
        <translation>D’autres certificats étaient délivrés au même moment&#xa0;; rien n’a été délivré pour cette session. Délivrez-les à nouveau.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="20"/>
        <source>Other certificates were being issued at the same moment; {serial} was not corrected. Try again.</source>
        <translation>D’autres certificats étaient délivrés au même moment&#xa0;; {serial} n’a pas été corrigé. Réessayez.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="22"/>
        <source>The certificates cannot be written into {folder}: {problem}. Nothing was issued.</source>
        <translation>Les certificats ne peuvent pas être écrits dans {folder}&#xa0;: {problem}. Rien n’a été délivré.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="24"/>
        <source>The certificates were issued, but their files could not all be written into {folder}: {problem}. Print the originals again into a folder that can be written.</source>
        <translation>Les certificats ont été délivrés, mais leurs fichiers n’ont pas tous pu être écrits dans {folder}&#xa0;: {problem}. Imprimez à nouveau les originaux dans un dossier accessible en écriture.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="26"/>
        <source>The trust file {path} cannot be read: {problem}.</source>
        <translation>Le fichier de confiance {path} ne peut pas être lu&#xa0;: {problem}.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="28"/>
        <source>{name} cannot be read: {problem}.</source>
        <translation>{name} ne peut pas être lu&#xa0;: {problem}.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="30"/>
        <source>{name} is a picture far too large to be a photo or scan of a certificate.</source>
        <translation>{name} est une image bien trop grande pour être la photo ou le scan d’un certificat.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="32"/>
        <source>{name} is damaged or cut short: it cannot be read as a PDF.</source>
        <translation>{name} est abîmé ou tronqué&#xa0;: il ne peut pas être lu comme un PDF.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="34"/>
        <source>{name} is damaged or cut short: it cannot be read as a picture.</source>
        <translation>{name} est abîmé ou tronqué&#xa0;: il ne peut pas être lu comme une image.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="36"/>
        <source>{name} is damaged: a page of it cannot be drawn.</source>
        <translation>{name} est abîmé&#xa0;: une de ses pages ne peut pas être affichée.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="38"/>
        <source>{name} is far too large to be a revocation list.</source>
        <translation>{name} est bien trop grand pour être une liste de révocation.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="40"/>
        <source>{name} is neither a picture (PNG, JPEG...) nor a PDF.</source>
        <translation>{name} n’est ni une image (PNG, JPEG…) ni un PDF.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="42"/>
        <source>{name} is not a revocation list of a centre.</source>
        <translation>{name} n’est pas une liste de révocation d’un centre.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="44"/>
        <source>This is not a revocation list of a centre (it does not start with {prefix}).</source>
        <translation>Ce n’est pas une liste de révocation d’un centre (elle ne commence pas par {prefix}).</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="46"/>
        <source>The revocation list is damaged: it was cut short or altered.</source>
        <translation>La liste de révocation est abîmée&#xa0;: elle a été tronquée ou modifiée.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="48"/>
        <source>The revocation list&apos;s signature does not verify with the trust file: it was altered, or comes from another centre.</source>
        <translation>La signature de la liste de révocation ne se vérifie pas avec le fichier de confiance&#xa0;: elle a été modifiée, ou vient d’un autre centre.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="50"/>
        <source>The revocation list is signed but its contents cannot be read.</source>
        <translation>La liste de révocation est signée mais son contenu ne peut pas être lu.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="161"/>
        <source>clerk</source>
        <translation>agent du registre</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="162"/>
        <source>closed</source>
        <translation>clôturée</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="163"/>
        <source>open</source>
        <translation>ouverte aux candidatures</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="164"/>
        <source>planned</source>
        <translation>prévue</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="165"/>
        <source>registrar</source>
        <translation>responsable des certificats</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="166"/>
        <source>revoked</source>
        <translation>révoqué</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="167"/>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="168"/>
        <source>superseded</source>
        <translation>remplacé</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="169"/>
        <source>trainer</source>
        <translation>formateur</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="170"/>
        <source>valid</source>
        <translation>valide</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/validation_messages.py" line="171"/>
        <source>viewer</source>
        <translation>lecteur</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/account_messages.py" line="7"/>
        <source>The user name or the password is wrong.</source>
        <translation>Le nom d&apos;utilisateur ou le mot de passe est erroné.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/account_messages.py" line="8"/>
        <source>This account is locked after {attempts} wrong passwords in a row; try again after {until} (UTC) or ask an administrator to reset the password.</source>
        <translation>Ce compte est verrouillé après {attempts} mots de passe erronés de suite ; réessayez après {until} (UTC) ou demandez à un administrateur de réinitialiser le mot de passe.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/account_messages.py" line="9"/>
        <source>This account is deactivated: ask an administrator.</source>
        <translation>Ce compte est désactivé : adressez-vous à un administrateur.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/account_messages.py" line="10"/>
        <source>The register already has users: an administrator adds the others from the Users page.</source>
        <translation>Le registre a déjà des utilisateurs : un administrateur ajoute les autres depuis la page Utilisateurs.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/account_messages.py" line="11"/>
        <source>A password must have at least {length} characters.</source>
        <translation>Un mot de passe doit compter au moins {length} caractères.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/account_messages.py" line="12"/>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe diffèrent.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/account_messages.py" line="13"/>
        <source>The current password is wrong.</source>
        <translation>Le mot de passe actuel est erroné.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/account_messages.py" line="14"/>
        <source>Only the person signed in changes their own password.</source>
        <translation>Seule la personne connectée change son propre mot de passe.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/account_messages.py" line="15"/>
        <source>A user name is 2 to 60 letters, digits, dots, dashes or underscores, not {name!r}.</source>
        <translation>Un nom d&apos;utilisateur compte de 2 à 60 lettres, chiffres, points, tirets ou soulignés, pas {name!r}.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/account_messages.py" line="16"/>
        <source>The user name {name} is taken.</source>
        <translation>Le nom d&apos;utilisateur {name} est déjà pris.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/account_messages.py" line="17"/>
        <source>Give the person&apos;s name as it should appear in the audit trail.</source>
        <translation>Indiquez le nom de la personne tel qu&apos;il doit figurer dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/account_messages.py" line="18"/>
        <source>No user has the id {user_id}.</source>
        <translation>Aucun utilisateur n&apos;a l&apos;identifiant {user_id}.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/account_messages.py" line="19"/>
        <source>The register must keep at least one active administrator.</source>
        <translation>Le registre doit garder au moins un administrateur actif.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/account_messages.py" line="20"/>
        <source>You cannot deactivate your own account.</source>
        <translation>Vous ne pouvez pas désactiver votre propre compte.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/account_messages.py" line="21"/>
        <source>This user was changed by someone else meanwhile; reload the list.</source>
        <translation>Cet utilisateur a été modifié entre-temps par quelqu&apos;un d&apos;autre ; rechargez la liste.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/account_messages.py" line="22"/>
        <source>Nobody is signed in: sign in first.</source>
        <translation>Personne n&apos;est connecté : connectez-vous d&apos;abord.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/account_messages.py" line="23"/>
        <source>Your role ({role}) may not read the register.</source>
        <translation>Votre rôle ({role}) ne permet pas de consulter le registre.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/account_messages.py" line="24"/>
        <source>Your role ({role}) may not change the register.</source>
        <translation>Votre rôle ({role}) ne permet pas de modifier le registre.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/account_messages.py" line="25"/>
        <source>Your role ({role}) may not record attendance or scores.</source>
        <translation>Votre rôle ({role}) ne permet pas de saisir les présences ou les notes.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/account_messages.py" line="26"/>
        <source>Your role ({role}) may not print the register&apos;s documents.</source>
        <translation>Votre rôle ({role}) ne permet pas d&apos;imprimer les documents du registre.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/account_messages.py" line="27"/>
        <source>Your role ({role}) may not export from the register.</source>
        <translation>Votre rôle ({role}) ne permet pas d&apos;exporter depuis le registre.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/account_messages.py" line="28"/>
        <source>Your role ({role}) may not issue, correct or revoke certificates.</source>
        <translation>Votre rôle ({role}) ne permet pas de délivrer, corriger ou révoquer des certificats.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/account_messages.py" line="29"/>
        <source>Your role ({role}) may not read the audit trail.</source>
        <translation>Votre rôle ({role}) ne permet pas de consulter le journal d&apos;audit.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/account_messages.py" line="30"/>
        <source>Your role ({role}) may not administer the register.</source>
        <translation>Votre rôle ({role}) ne permet pas d&apos;administrer le registre.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/account_messages.py" line="31"/>
        <source>The audit trail is intact: {events} events, each chained to the one before; checked against {checkpoints} signed checkpoint(s), the last covering the events up to #{last}.</source>
        <translation>Le journal d&apos;audit est intact : {events} événements, chacun chaîné au précédent ; vérifié par rapport à {checkpoints} point(s) de contrôle signé(s), le dernier couvrant les événements jusqu&apos;au n° {last}.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/account_messages.py" line="32"/>
        <source>The trail holds {total} events, fewer than the {signed} signed at {when} UTC: events were deleted, the newest among them (#{last} is gone).</source>
        <translation>Le journal compte {total} événements, moins que les {signed} signés le {when} UTC : des événements ont été supprimés, dont les plus récents (le n° {last} a disparu).</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/account_messages.py" line="33"/>
        <source>Event #{last}, the last one signed at {when} UTC, is gone.</source>
        <translation>L&apos;événement n° {last}, le dernier signé le {when} UTC, a disparu.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/account_messages.py" line="34"/>
        <source>The trail holds {count} events up to #{last}, where the checkpoint of {when} UTC signed {signed}: events were deleted or added before it.</source>
        <translation>Le journal compte {count} événements jusqu&apos;au n° {last}, là où le point de contrôle du {when} UTC en a signé {signed} : des événements ont été supprimés ou ajoutés avant lui.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/account_messages.py" line="35"/>
        <source>Event #{last} does not have the hash signed at {when} UTC: events up to it were changed, deleted or replaced, and the chain made again.</source>
        <translation>L&apos;événement n° {last} n&apos;a pas l&apos;empreinte signée le {when} UTC : des événements jusqu&apos;à lui ont été modifiés, supprimés ou remplacés, et la chaîne refaite.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/account_messages.py" line="36"/>
        <source>The audit trail is intact: {events} events, each chained to the one before; no signed checkpoint yet.</source>
        <translation>Le journal d&apos;audit est intact : {events} événements, chacun chaîné au précédent ; aucun point de contrôle signé pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/account_messages.py" line="37"/>
        <source>Event #{event} does not chain to the event before it: it was edited, moved, or events before it were deleted.</source>
        <translation>L&apos;événement n° {event} n&apos;est pas chaîné au précédent : il a été modifié ou déplacé, ou des événements antérieurs ont été supprimés.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/account_messages.py" line="38"/>
        <source>The checkpoint of {when} UTC in the file is missing from the register.</source>
        <translation>Le point de contrôle du {when} UTC présent dans le fichier manque dans le registre.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/account_messages.py" line="39"/>
        <source>The checkpoint of {when} UTC is not genuine: it was not signed with the centre&apos;s key.</source>
        <translation>Le point de contrôle du {when} UTC n&apos;est pas authentique : il n&apos;a pas été signé avec la clé du centre.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/account_messages.py" line="40"/>
        <source>The audit trail has been tampered with: {count} problem(s). It breaks at event #{event}.</source>
        <translation>Le journal d&apos;audit a été falsifié : {count} problème(s). La chaîne se rompt à l&apos;événement n° {event}.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/account_messages.py" line="41"/>
        <source>The audit trail has been tampered with: {count} problem(s).</source>
        <translation>Le journal d&apos;audit a été falsifié : {count} problème(s).</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/account_messages.py" line="44"/>
        <source>The checkpoints file must be a file named by its full path, not {path}.</source>
        <translation>Le fichier des points de contrôle doit être un fichier désigné par son chemin complet, pas {path}.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/account_messages.py" line="45"/>
        <source>The window locks after 1 to {longest} minutes unused.</source>
        <translation>La fenêtre se verrouille après 1 à {longest} minutes sans utilisation.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/account_messages.py" line="46"/>
        <source>Group roles and logins are for a register on a PostgreSQL server.</source>
        <translation>Les rôles de groupe et les comptes concernent un registre sur un serveur PostgreSQL.</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../registry_app/gui/dialogs/verify_dialog.py" line="37"/>
        <source>Verify a certificate</source>
        <translation>Vérifier un certificat</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/verify_dialog.py" line="42"/>
        <source>Paste the text read from the QR code (it starts with TR3:, TR2: or TR1:, or with the verification address)</source>
        <translation>Collez le texte lu dans le code QR (il commence par TR3:, TR2: ou TR1:, ou par l’adresse de vérification)</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/verify_dialog.py" line="44"/>
        <source>or type the serial, e.g. RBT-2026-00017-K</source>
        <translation>ou tapez le numéro, p. ex. RBT-2026-00017-K</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/verify_dialog.py" line="45"/>
        <source>Read a &amp;picture or PDF…</source>
        <translation>Lire une &amp;image ou un PDF…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/verify_dialog.py" line="46"/>
        <source>Revocation &amp;list…</source>
        <translation>&amp;Liste de révocation…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/verify_dialog.py" line="47"/>
        <source>A centre&apos;s signed list of revoked certificates, to check certificates this register did not issue</source>
        <translation>La liste signée des certificats révoqués d’un centre, pour vérifier des certificats que ce registre n’a pas délivrés</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/verify_dialog.py" line="49"/>
        <source>&amp;Verify</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/verify_dialog.py" line="55"/>
        <source>QR code</source>
        <translation>Code QR</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/verify_dialog.py" line="56"/>
        <location filename="../../registry_app/gui/dialogs/verify_dialog.py" line="148"/>
        <source>Serial</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/verify_dialog.py" line="72"/>
        <source>A scan of the certificate</source>
        <translation>Une numérisation du certificat</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/verify_dialog.py" line="73"/>
        <source>Pictures and PDF (*.png *.jpg *.jpeg *.pdf)</source>
        <translation>Images et PDF (*.png *.jpg *.jpeg *.pdf)</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/verify_dialog.py" line="85"/>
        <source>The centre&apos;s revocation list</source>
        <translation>La liste de révocation du centre</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/verify_dialog.py" line="86"/>
        <source>Revocation lists (*.txt)</source>
        <translation>Listes de révocation (*.txt)</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/verify_dialog.py" line="94"/>
        <source>Revocation list of %1</source>
        <translation>Liste de révocation du %1</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/verify_dialog.py" line="108"/>
        <source>Not valid: no certificate has this serial in the register.</source>
        <translation>Non valide&#xa0;: aucun certificat du registre n’a ce numéro.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/verify_dialog.py" line="110"/>
        <source>in the register</source>
        <translation>dans le registre</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/verify_dialog.py" line="111"/>
        <source>in the revocation list of %1</source>
        <translation>dans la liste de révocation du %1</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/verify_dialog.py" line="112"/>
        <source>Valid: the signature is good and the certificate is not revoked (checked %1).</source>
        <translation>Valide&#xa0;: la signature est bonne et le certificat n’est pas révoqué (vérifié %1).</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/verify_dialog.py" line="115"/>
        <source>Signature valid, revocation not checked: this register did not issue the certificate. Load the issuing centre&apos;s revocation list to know whether it was withdrawn.</source>
        <translation>Signature valide, révocation non vérifiée&#xa0;: ce registre n’a pas délivré ce certificat. Chargez la liste de révocation du centre qui l’a délivré pour savoir s’il a été retiré.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/verify_dialog.py" line="119"/>
        <source>revoked</source>
        <translation>révoqué</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/verify_dialog.py" line="119"/>
        <source>superseded</source>
        <translation>remplacé</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/verify_dialog.py" line="120"/>
        <source>Not valid: the signature is good but the certificate was %1: %2</source>
        <translation>Non valide&#xa0;: la signature est bonne mais le certificat a été %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/verify_dialog.py" line="122"/>
        <source>Not valid: %1</source>
        <translation>Non valide&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/verify_dialog.py" line="126"/>
        <source>there is no text to verify.</source>
        <translation>il n’y a aucun texte à vérifier.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/verify_dialog.py" line="127"/>
        <source>this is not the seal of a certificate.</source>
        <translation>ce n’est pas le sceau d’un certificat.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/verify_dialog.py" line="128"/>
        <source>the seal is damaged (cut short or altered).</source>
        <translation>le sceau est abîmé (tronqué ou modifié).</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/verify_dialog.py" line="129"/>
        <source>the signature matches none of the centre&apos;s keys: the certificate was altered or forged, or sealed by another centre.</source>
        <translation>la signature ne correspond à aucune clé du centre&#xa0;: le certificat a été modifié ou contrefait, ou scellé par un autre centre.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/verify_dialog.py" line="131"/>
        <source>the seal names a key the centre does not list.</source>
        <translation>le sceau désigne une clé que le centre ne publie pas.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/verify_dialog.py" line="132"/>
        <source>the signature does not match what the certificate says: it was altered or forged.</source>
        <translation>la signature ne correspond pas à ce que dit le certificat&#xa0;: il a été modifié ou contrefait.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/verify_dialog.py" line="133"/>
        <source>the key that sealed it was not valid on the issue date.</source>
        <translation>la clé qui l’a scellé n’était pas valide à la date de délivrance.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/verify_dialog.py" line="134"/>
        <source>the seal cannot be verified.</source>
        <translation>le sceau ne peut pas être vérifié.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/verify_dialog.py" line="140"/>
        <source>This revocation list was due to be replaced on %1: ask the centre for its latest.</source>
        <translation>Cette liste de révocation devait être remplacée le %1&#xa0;: demandez au centre la plus récente.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/verify_dialog.py" line="147"/>
        <source>Completion</source>
        <translation>Réussite</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/verify_dialog.py" line="147"/>
        <source>Participation</source>
        <translation>Participation</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/verify_dialog.py" line="149"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/verify_dialog.py" line="150"/>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/verify_dialog.py" line="151"/>
        <source>Course</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/verify_dialog.py" line="152"/>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/verify_dialog.py" line="153"/>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/verify_dialog.py" line="153"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/verify_dialog.py" line="154"/>
        <source>Issued</source>
        <translation>Délivré le</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../registry_app/gui/app.py" line="226"/>
        <location filename="../../registry_app/gui/app.py" line="233"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/app.py" line="226"/>
        <source>Nobody can sign in to a damaged register. Your name, for the audit trail:</source>
        <translation>Personne ne peut se connecter à un registre endommagé. Votre nom, pour le journal d&apos;audit :</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/app.py" line="253"/>
        <source>Demo data</source>
        <translation>Données de démonstration</translation>
    </message>
</context>
</TS>
