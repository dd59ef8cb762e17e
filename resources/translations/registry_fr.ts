<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>AttendanceModel</name>
    <message>
        <location filename="../../registry_app/gui/models/attendance_model.py" line="21" />
        <source>present</source>
        <translation>présent</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/models/attendance_model.py" line="22" />
        <source>late</source>
        <translation>en retard</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/models/attendance_model.py" line="23" />
        <source>excused</source>
        <translation>excusé</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/models/attendance_model.py" line="24" />
        <source>absent</source>
        <translation>absent</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/models/attendance_model.py" line="82" />
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/models/attendance_model.py" line="82" />
        <source>Attendance</source>
        <translation>Présence</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/models/attendance_model.py" line="82" />
        <source>Pre-test</source>
        <translation>Pré-test</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/models/attendance_model.py" line="83" />
        <source>Post-test</source>
        <translation>Post-test</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/models/attendance_model.py" line="124" />
        <source>no session</source>
        <translation>pas de séance</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/models/attendance_model.py" line="125" />
        <source>no mark</source>
        <translation>pas de marque</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/models/attendance_model.py" line="167" />
        <source>A score is a number from 0 to 100.</source>
        <translation>Une note est un nombre de 0 à 100.</translation>
    </message>
</context>
<context>
    <name>AttendancePage</name>
    <message>
        <location filename="../../registry_app/gui/pages/attendance_page.py" line="74" />
        <source>One sheet per day</source>
        <translation>Une feuille par jour</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/attendance_page.py" line="75" />
        <source>Whole course on one grid</source>
        <translation>Toute la session sur une grille</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/attendance_page.py" line="76" />
        <source>Blank sheet for walk-ins</source>
        <translation>Feuille vierge pour les participants non inscrits</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/attendance_page.py" line="94" />
        <source>%1 — %2 to %3, %4 participant(s) in the room, status: %5</source>
        <translation>%1 — du %2 au %3, %4 participant(s) présent(s) dans la salle, statut : %5</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/attendance_page.py" line="128" />
        <source>Choose a half-day first: click a cell of its column.</source>
        <translation>Choisissez d'abord une demi-journée : cliquez une case de sa colonne.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/attendance_page.py" line="167" />
        <location filename="../../ui/attendance_page.ui" line="11" />
        <source>Attendance</source>
        <translation>Présence</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_page.ui" line="19" />
        <source>&amp;Course:</source>
        <translation>&amp;Session :</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_page.ui" line="25" />
        <source>Course code, e.g. INV-101/2026-03</source>
        <translation>Code de la session, p. ex. INV-101/2026-03</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_page.ui" line="42" />
        <source>All &amp;present for this half-day</source>
        <translation>Tous &amp;présents pour cette demi-journée</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_page.ui" line="47" />
        <source>C&amp;lose the course…</source>
        <translation>C&amp;lôturer la session…</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_page.ui" line="57" />
        <source>&amp;Sign-in sheets</source>
        <translation>&amp;Feuilles d'émargement</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_page.ui" line="62" />
        <source>&amp;Roster</source>
        <translation>&amp;Liste des participants</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_page.ui" line="67" />
        <source>&amp;Name cards</source>
        <translation>&amp;Chevalets nominatifs</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_page.ui" line="82" />
        <source>Keys: P or 1 present · L or 2 late · E or 3 excused · A or 4 absent · Delete clears; arrows move. Scores: F2 or double-click.</source>
        <translation>Touches : P ou 1 présent · L ou 2 en retard · E ou 3 excusé · A ou 4 absent · Suppr efface ; flèches pour se déplacer. Notes : F2 ou double-clic.</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <location filename="../../registry_app/gui/widgets/background_task.py" line="53" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>CertificatesModel</name>
    <message>
        <location filename="../../registry_app/gui/models/certificates_model.py" line="10" />
        <source>Serial</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/models/certificates_model.py" line="11" />
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/models/certificates_model.py" line="12" />
        <source>Course</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/models/certificates_model.py" line="13" />
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/models/certificates_model.py" line="14" />
        <source>Issued</source>
        <translation>Délivré le</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/models/certificates_model.py" line="15" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/models/certificates_model.py" line="16" />
        <source>Reprints</source>
        <translation>Réimpressions</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/models/certificates_model.py" line="17" />
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>CertificatesPage</name>
    <message>
        <location filename="../../registry_app/gui/pages/certificates_page.py" line="20" />
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/certificates_page.py" line="21" />
        <source>Valid</source>
        <translation>Valide</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/certificates_page.py" line="22" />
        <source>Revoked</source>
        <translation>Révoqué</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/certificates_page.py" line="23" />
        <source>Superseded</source>
        <translation>Remplacé</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/certificates_page.py" line="32" />
        <location filename="../../registry_app/gui/pages/certificates_page.py" line="100" />
        <source>Certificates</source>
        <translation>Certificats</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/certificates_page.py" line="35" />
        <source>Search: serial, name (any script) or course code…</source>
        <translation>Rechercher : numéro, nom (toute écriture) ou code de session…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/certificates_page.py" line="56" />
        <source>&amp;Graduation…</source>
        <translation>&amp;Remise des certificats…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/certificates_page.py" line="57" />
        <source>&amp;Reprint</source>
        <translation>Ré&amp;imprimer</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/certificates_page.py" line="58" />
        <source>&amp;Correct and reissue…</source>
        <translation>&amp;Corriger et rééditer…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/certificates_page.py" line="59" />
        <source>Re&amp;voke…</source>
        <translation>Ré&amp;voquer…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/certificates_page.py" line="60" />
        <source>V&amp;erify…</source>
        <translation>&amp;Vérifier…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/certificates_page.py" line="61" />
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/certificates_page.py" line="62" />
        <source>Revocation &amp;list…</source>
        <translation>&amp;Liste des révocations…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/certificates_page.py" line="63" />
        <source>&amp;Template…</source>
        <translation>&amp;Modèle…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/certificates_page.py" line="103" />
        <source>Signing key</source>
        <translation>Clé de signature</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/certificates_page.py" line="103" />
        <source>Passphrase of the signing key:</source>
        <translation>Phrase secrète de la clé de signature :</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/certificates_page.py" line="146" />
        <source>Correct and reissue</source>
        <translation>Corriger et rééditer</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/certificates_page.py" line="147" />
        <source>What is corrected (correct the participant first)?</source>
        <translation>Qu'est-ce qui est corrigé (corrigez d'abord le participant) ?</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/certificates_page.py" line="168" />
        <source>Revoke</source>
        <translation>Révoquer</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/certificates_page.py" line="169" />
        <source>Why is %1 revoked?</source>
        <translation>Pourquoi %1 est-il révoqué ?</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/certificates_page.py" line="189" />
        <source>Export the register</source>
        <translation>Exporter le registre</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/certificates_page.py" line="190" />
        <source>Spreadsheet (*.xlsx);;CSV (*.csv)</source>
        <translation>Classeur (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/certificates_page.py" line="209" />
        <source>Revocation list to publish</source>
        <translation>Liste des révocations à publier</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/certificates_page.py" line="210" />
        <source>Text (*.txt)</source>
        <translation>Texte (*.txt)</translation>
    </message>
</context>
<context>
    <name>ClosingDialog</name>
    <message>
        <location filename="../../registry_app/gui/dialogs/closing_dialog.py" line="19" />
        <source>Close course %1</source>
        <translation>Clôturer la session %1</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/closing_dialog.py" line="23" />
        <source>Each participant in the room is completed or not by the programme's rule. Select a row and choose Override to decide otherwise, with a reason.</source>
        <translation>Chaque participant présent réussit ou non selon la règle du programme. Sélectionnez une ligne et choisissez Déroger pour décider autrement, motif à l'appui.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/closing_dialog.py" line="27" />
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/closing_dialog.py" line="27" />
        <source>Attendance</source>
        <translation>Présence</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/closing_dialog.py" line="27" />
        <source>Post-test</source>
        <translation>Post-test</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/closing_dialog.py" line="28" />
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/closing_dialog.py" line="28" />
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/closing_dialog.py" line="34" />
        <source>&amp;Override…</source>
        <translation>&amp;Déroger…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/closing_dialog.py" line="35" />
        <source>&amp;Close the course</source>
        <translation>&amp;Clôturer la session</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/closing_dialog.py" line="60" />
        <location filename="../../registry_app/gui/dialogs/closing_dialog.py" line="87" />
        <source>completed</source>
        <translation>réussi</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/closing_dialog.py" line="60" />
        <location filename="../../registry_app/gui/dialogs/closing_dialog.py" line="87" />
        <source>not completed</source>
        <translation>non réussi</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/closing_dialog.py" line="85" />
        <source>Override</source>
        <translation>Dérogation</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/closing_dialog.py" line="86" />
        <source>Why is %1 %2 against the rule?</source>
        <translation>Pourquoi %1 est-il %2 contrairement à la règle ?</translation>
    </message>
</context>
<context>
    <name>DemoProgress</name>
    <message>
        <location filename="../../registry_app/gui/dialogs/demo_progress.py" line="29" />
        <source>Demo data</source>
        <translation>Données de démonstration</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/demo_progress.py" line="30" />
        <source>Creating the demo register…</source>
        <translation>Création du registre de démonstration…</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../registry_app/gui/dialogs/first_run_dialog.py" line="19" />
        <source>Register file: %1</source>
        <translation>Fichier du registre : %1</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.ui" line="9" />
        <source>A new register</source>
        <translation>Un nouveau registre</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.ui" line="15" />
        <source>This is the first time Training Registry opens on this computer. It will keep the register in a file in your user data folder. How do you want to start?</source>
        <translation>Training Registry s'ouvre pour la première fois sur cet ordinateur. Il conservera le registre dans un fichier de votre dossier de données. Comment voulez-vous commencer ?</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.ui" line="22" />
        <source>Start with &amp;demo data (a fictitious programme office, to try the program)</source>
        <translation>Commencer avec des &amp;données de démonstration (un bureau de programme fictif, pour essayer le logiciel)</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.ui" line="28" />
        <source>Start &amp;empty (to keep a real register)</source>
        <translation>Commencer avec un registre &amp;vide (pour tenir un vrai registre)</translation>
    </message>
</context>
<context>
    <name>GraduationDialog</name>
    <message>
        <location filename="../../registry_app/gui/dialogs/graduation_dialog.py" line="23" />
        <location filename="../../registry_app/gui/dialogs/graduation_dialog.py" line="53" />
        <location filename="../../registry_app/gui/dialogs/graduation_dialog.py" line="78" />
        <location filename="../../registry_app/gui/dialogs/graduation_dialog.py" line="84" />
        <location filename="../../registry_app/gui/dialogs/graduation_dialog.py" line="90" />
        <source>Graduation</source>
        <translation>Remise des certificats</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/graduation_dialog.py" line="26" />
        <source>Course code, e.g. INV-101/2026-03</source>
        <translation>Code de la session, p. ex. INV-101/2026-03</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/graduation_dialog.py" line="29" />
        <source>Also put the single PDFs in one .zip</source>
        <translation>Réunir aussi les PDF individuels dans un .zip</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/graduation_dialog.py" line="31" />
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/graduation_dialog.py" line="31" />
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/graduation_dialog.py" line="31" />
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/graduation_dialog.py" line="35" />
        <source>&amp;Course</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/graduation_dialog.py" line="36" />
        <source>&amp;Passphrase of the signing key</source>
        <translation>&amp;Phrase secrète de la clé de signature</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/graduation_dialog.py" line="39" />
        <source>&amp;Issue the certificates…</source>
        <translation>&amp;Délivrer les certificats…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/graduation_dialog.py" line="59" />
        <source>completion</source>
        <translation>réussite</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/graduation_dialog.py" line="59" />
        <source>participation</source>
        <translation>participation</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/graduation_dialog.py" line="61" />
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/graduation_dialog.py" line="71" />
        <source>Where to put the PDFs</source>
        <translation>Où enregistrer les PDF</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/graduation_dialog.py" line="78" />
        <source>Issuing the certificates…</source>
        <translation>Délivrance des certificats…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/graduation_dialog.py" line="91" />
        <source>%1 certificate(s) issued, in %2</source>
        <translation>%1 certificat(s) délivré(s), dans %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../registry_app/gui/main_window.py" line="40" />
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/main_window.py" line="41" />
        <location filename="../../registry_app/gui/main_window.py" line="42" />
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/main_window.py" line="43" />
        <source>The list and form of the nominating agencies come here: search, filters by country and type, and archiving. Meanwhile, the agencies in the register by type:</source>
        <translation>La liste et la fiche des organismes qui désignent les participants viendront ici : recherche, filtres par pays et par type, archivage. En attendant, les organismes du registre par type :</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/main_window.py" line="45" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/main_window.py" line="46" />
        <location filename="../../registry_app/gui/main_window.py" line="47" />
        <source>Programmes</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/main_window.py" line="48" />
        <source>The accredited programmes, their titles in three languages, hours and completion rules will be edited here. The programmes in the register and their courses:</source>
        <translation>Les programmes accrédités, leurs intitulés dans les trois langues, leurs heures et leurs règles de réussite seront modifiés ici. Les programmes du registre et leurs sessions :</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/main_window.py" line="50" />
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/main_window.py" line="51" />
        <location filename="../../registry_app/gui/main_window.py" line="52" />
        <source>Courses</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/main_window.py" line="53" />
        <source>Courses, their schedule, trainers and nominations will be managed here. The courses in the register by status:</source>
        <translation>Les sessions, leur calendrier, leurs formateurs et les désignations seront gérés ici. Les sessions du registre par statut :</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/main_window.py" line="55" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/main_window.py" line="56" />
        <source>Attendance</source>
        <translation>Présence</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/main_window.py" line="57" />
        <source>Certificates</source>
        <translation>Certificats</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/main_window.py" line="58" />
        <location filename="../../registry_app/gui/main_window.py" line="59" />
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/main_window.py" line="60" />
        <source>Figures for donors (participants by country, agency, sex and thematic area) come here. The register holds:</source>
        <translation>Les chiffres pour les bailleurs (participants par pays, organisme, sexe et domaine thématique) viendront ici. Le registre contient :</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/main_window.py" line="62" />
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/main_window.py" line="63" />
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/main_window.py" line="73" />
        <source>User: %1</source>
        <translation>Utilisateur : %1</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/main_window.py" line="86" />
        <source>About %1</source>
        <translation>À propos de %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="9" />
        <source>Training Registry</source>
        <translation>Training Registry</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="23" />
        <source>Sections</source>
        <translation>Rubriques</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="35" />
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="39" />
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="43" />
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="52" />
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="53" />
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="56" />
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="57" />
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="60" />
        <source>&amp;About Training Registry</source>
        <translation>À &amp;propos de Training Registry</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <location filename="../../registry_app/gui/models/participants_model.py" line="21" />
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/models/participants_model.py" line="22" />
        <source>Family name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/models/participants_model.py" line="23" />
        <source>Given names</source>
        <translation>Prénoms</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/models/participants_model.py" line="24" />
        <source>Name in Arabic</source>
        <translation>Nom en arabe</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/models/participants_model.py" line="25" />
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/models/participants_model.py" line="26" />
        <source>Nationality</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/models/participants_model.py" line="27" />
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/models/participants_model.py" line="28" />
        <source>Rank / position</source>
        <translation>Grade / fonction</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <location filename="../../registry_app/gui/pages/participants_page.py" line="17" />
        <source>Women</source>
        <translation>Femmes</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/participants_page.py" line="17" />
        <source>Men</source>
        <translation>Hommes</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/participants_page.py" line="19" />
        <source>Northern Africa</source>
        <translation>Afrique du Nord</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/participants_page.py" line="20" />
        <source>Western Africa</source>
        <translation>Afrique de l'Ouest</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/participants_page.py" line="21" />
        <source>Middle Africa</source>
        <translation>Afrique centrale</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/participants_page.py" line="22" />
        <source>Eastern Africa</source>
        <translation>Afrique de l'Est</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/participants_page.py" line="23" />
        <source>Southern Africa</source>
        <translation>Afrique australe</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/participants_page.py" line="24" />
        <source>Americas</source>
        <translation>Amériques</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/participants_page.py" line="25" />
        <source>Asia</source>
        <translation>Asie</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/participants_page.py" line="26" />
        <source>Europe</source>
        <translation>Europe</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/participants_page.py" line="27" />
        <source>Oceania</source>
        <translation>Océanie</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/participants_page.py" line="30" />
        <source>Police</source>
        <translation>Police</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/participants_page.py" line="31" />
        <source>Gendarmerie</source>
        <translation>Gendarmerie</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/participants_page.py" line="32" />
        <source>Prosecution and judiciary</source>
        <translation>Parquet et magistrature</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/participants_page.py" line="33" />
        <source>Prison administration</source>
        <translation>Administration pénitentiaire</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/participants_page.py" line="34" />
        <source>Border, customs, immigration</source>
        <translation>Frontières, douanes, immigration</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/participants_page.py" line="35" />
        <source>Intelligence</source>
        <translation>Renseignement</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/participants_page.py" line="36" />
        <source>Ministry</source>
        <translation>Ministère</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/participants_page.py" line="37" />
        <source>Military</source>
        <translation>Forces armées</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/participants_page.py" line="38" />
        <source>International organisation</source>
        <translation>Organisation internationale</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/participants_page.py" line="39" />
        <source>Civil society</source>
        <translation>Société civile</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/participants_page.py" line="60" />
        <source>All regions</source>
        <translation>Toutes les régions</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/participants_page.py" line="63" />
        <source>All nationalities</source>
        <translation>Toutes les nationalités</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/participants_page.py" line="66" />
        <source>All organisations</source>
        <translation>Tous les organismes</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/participants_page.py" line="69" />
        <source>Women and men</source>
        <translation>Femmes et hommes</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/participants_page.py" line="106" />
        <source>No participant matches.</source>
        <translation>Aucun participant ne correspond.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/participants_page.py" line="106" />
        <source>The register has no participant yet.</source>
        <translation>Le registre ne compte encore aucun participant.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/participants_page.py" line="108" />
        <source>1 participant matches.</source>
        <translation>1 participant correspond.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/participants_page.py" line="108" />
        <source>1 participant in the register.</source>
        <translation>1 participant dans le registre.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/participants_page.py" line="110" />
        <source>No name matches exactly; %1 participant(s) with names that sound alike.</source>
        <translation>Aucun nom ne correspond exactement ; %1 participant(s) aux noms proches.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/participants_page.py" line="112" />
        <source>%1 participants match.</source>
        <translation>%1 participants correspondent.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/participants_page.py" line="114" />
        <source>%1 participants in the register.</source>
        <translation>%1 participants dans le registre.</translation>
    </message>
    <message>
        <location filename="../../ui/participants_page.ui" line="11" />
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../ui/participants_page.ui" line="20" />
        <source>Search: name in Latin or Arabic script, reference, e-mail, ID document…</source>
        <translation>Rechercher : nom en caractères latins ou arabes, référence, courriel, pièce d'identité…</translation>
    </message>
    <message>
        <location filename="../../ui/participants_page.ui" line="23" />
        <source>Search participants</source>
        <translation>Rechercher des participants</translation>
    </message>
    <message>
        <location filename="../../ui/participants_page.ui" line="28" />
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../../ui/participants_page.ui" line="34" />
        <source>Nationality</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <location filename="../../ui/participants_page.ui" line="40" />
        <source>Type of organisation</source>
        <translation>Type d'organisme</translation>
    </message>
    <message>
        <location filename="../../ui/participants_page.ui" line="46" />
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../registry_app/gui/dialogs/pdf_preview.py" line="30" />
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/pdf_preview.py" line="31" />
        <source>&amp;Save as…</source>
        <translation>&amp;Enregistrer sous…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/pdf_preview.py" line="43" />
        <source>Save the PDF</source>
        <translation>Enregistrer le PDF</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/pdf_preview.py" line="50" />
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/pdf_preview.py" line="50" />
        <source>The file could not be written: %1</source>
        <translation>Le fichier n'a pas pu être écrit : %1</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="25" />
        <location filename="../../registry_app/gui/pages/settings_page.py" line="121" />
        <location filename="../../registry_app/gui/pages/settings_page.py" line="128" />
        <location filename="../../registry_app/gui/pages/settings_page.py" line="150" />
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="31" />
        <source>the --db option</source>
        <translation>l'option --db</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="32" />
        <source>the REGISTRY_DB environment variable</source>
        <translation>la variable d'environnement REGISTRY_DB</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="33" />
        <source>the settings file</source>
        <translation>le fichier de paramètres</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="34" />
        <source>the default file of this user</source>
        <translation>le fichier par défaut de cet utilisateur</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="39" />
        <source>Register</source>
        <translation>Registre</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="40" />
        <source>Chosen by</source>
        <translation>Choisi par</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="41" />
        <source>Schema version</source>
        <translation>Version du schéma</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="42" />
        <source>Settings file</source>
        <translation>Fichier de paramètres</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="43" />
        <source>Centre</source>
        <translation>Centre</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="44" />
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="56" />
        <source>Interface language</source>
        <translation>Langue de l'interface</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="63" />
        <source>Certificates</source>
        <translation>Certificats</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="66" />
        <source>Serial prefix</source>
        <translation>Préfixe des numéros</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="67" />
        <source>Serial pattern</source>
        <translation>Modèle des numéros</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="68" />
        <source>File names</source>
        <translation>Noms des fichiers</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="69" />
        <source>Signed by (name)</source>
        <translation>Signé par (nom)</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="69" />
        <source>Signed by (title)</source>
        <translation>Signé par (fonction)</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="73" />
        <source>Fields: {prefix} {year} {seq:05d} {check} in serials; {serial} {family} {given} {course} in file names.</source>
        <translation>Champs : {prefix} {year} {seq:05d} {check} dans les numéros ; {serial} {family} {given} {course} dans les noms de fichiers.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="75" />
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="80" />
        <source>Signing key</source>
        <translation>Clé de signature</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="82" />
        <source>Create a new signing key…</source>
        <translation>Créer une nouvelle clé de signature…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="83" />
        <source>Export the trust file…</source>
        <translation>Exporter le fichier de confiance…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="101" />
        <source>None yet: create one before the first graduation.</source>
        <translation>Aucune pour l'instant : créez-en une avant la première remise de certificats.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="113" />
        <location filename="../../registry_app/gui/pages/settings_page.py" line="118" />
        <source>New signing key</source>
        <translation>Nouvelle clé de signature</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="114" />
        <source>Passphrase (8 characters at least):</source>
        <translation>Phrase secrète (8 caractères au moins) :</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="118" />
        <source>The same again:</source>
        <translation>La même, à nouveau :</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="121" />
        <source>The two passphrases differ; no key was made.</source>
        <translation>Les deux phrases secrètes diffèrent ; aucune clé n'a été créée.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="137" />
        <source>Trust file to publish</source>
        <translation>Fichier de confiance à publier</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="152" />
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/settings_page.py" line="158" />
        <source>The new language applies the next time the program starts.</source>
        <translation>La nouvelle langue s'appliquera au prochain démarrage du logiciel.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../registry_app/gui/pages/summary_page.py" line="26" />
        <source>In the register</source>
        <translation>Dans le registre</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/pages/summary_page.py" line="26" />
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <location filename="../../registry_app/gui/dialogs/template_dialog.py" line="30" />
        <location filename="../../registry_app/gui/dialogs/template_dialog.py" line="173" />
        <source>Certificate template</source>
        <translation>Modèle de certificat</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/template_dialog.py" line="46" />
        <source>the programme's hours</source>
        <translation>les heures du programme</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/template_dialog.py" line="60" />
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/template_dialog.py" line="61" />
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/template_dialog.py" line="62" />
        <source>Completion wording</source>
        <translation>Formule de réussite</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/template_dialog.py" line="63" />
        <source>Participation wording</source>
        <translation>Formule de participation</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/template_dialog.py" line="64" />
        <source>Accreditation statement</source>
        <translation>Mention d'accréditation</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/template_dialog.py" line="65" />
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/template_dialog.py" line="68" />
        <source>Signatory %1: name</source>
        <translation>Signataire %1 : nom</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/template_dialog.py" line="69" />
        <source>title</source>
        <translation>fonction</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/template_dialog.py" line="70" />
        <source>Signature…</source>
        <translation>Signature…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/template_dialog.py" line="75" />
        <source>Signatories</source>
        <translation>Signataires</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/template_dialog.py" line="77" />
        <source>Background…</source>
        <translation>Fond…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/template_dialog.py" line="77" />
        <source>Add a logo…</source>
        <translation>Ajouter un logo…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/template_dialog.py" line="78" />
        <source>No pictures</source>
        <translation>Sans images</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/template_dialog.py" line="82" />
        <source>Pictures</source>
        <translation>Images</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/template_dialog.py" line="132" />
        <source>A picture</source>
        <translation>Une image</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/template_dialog.py" line="132" />
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../registry_app/gui/dialogs/verify_dialog.py" line="18" />
        <source>Verify a certificate</source>
        <translation>Vérifier un certificat</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/verify_dialog.py" line="21" />
        <source>Paste the text read from the QR code (it starts with TR1:)</source>
        <translation>Collez le texte lu dans le code QR (il commence par TR1:)</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/verify_dialog.py" line="23" />
        <source>or type the serial, e.g. RBT-2026-00017-K</source>
        <translation>ou tapez le numéro, p. ex. RBT-2026-00017-K</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/verify_dialog.py" line="24" />
        <source>Read a &amp;picture or PDF…</source>
        <translation>Lire une &amp;image ou un PDF…</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/verify_dialog.py" line="25" />
        <source>&amp;Verify</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/verify_dialog.py" line="30" />
        <source>QR code</source>
        <translation>Code QR</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/verify_dialog.py" line="31" />
        <source>Serial</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/verify_dialog.py" line="45" />
        <source>A scan of the certificate</source>
        <translation>Une numérisation du certificat</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/verify_dialog.py" line="46" />
        <source>Pictures and PDF (*.png *.jpg *.jpeg *.pdf)</source>
        <translation>Images et PDF (*.png *.jpg *.jpeg *.pdf)</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/verify_dialog.py" line="68" />
        <source>&lt;b&gt;No certificate has this serial in the register.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Aucun certificat du registre ne porte ce numéro.&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/verify_dialog.py" line="70" />
        <source>&lt;b style='color:#1B6E2A'&gt;Signature valid&lt;/b&gt; — key %1</source>
        <translation>&lt;b style='color:#1B6E2A'&gt;Signature valide&lt;/b&gt; — clé %1</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/verify_dialog.py" line="72" />
        <source>&lt;b style='color:#A01818'&gt;Signature not valid&lt;/b&gt;: %1</source>
        <translation>&lt;b style='color:#A01818'&gt;Signature non valide&lt;/b&gt; : %1</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/dialogs/verify_dialog.py" line="79" />
        <source>Register: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Registre : &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../registry_app/gui/app.py" line="65" />
        <source>The register cannot be opened</source>
        <translation>Le registre ne peut pas être ouvert</translation>
    </message>
    <message>
        <location filename="../../registry_app/gui/app.py" line="90" />
        <source>Demo data</source>
        <translation>Données de démonstration</translation>
    </message>
</context>
</TS>