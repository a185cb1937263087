<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>Browser</name>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>Front and back</source>
        <translation>Recto et verso</translation>
    </message>
</context>
<context>
    <name>CollectionOpen</name>
    <message>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <source>Already open</source>
        <translation>Déjà ouverte</translation>
    </message>
    <message>
        <source>The collection “%1” is already open in another memoryapp window.</source>
        <translation>La collection « %1 » est déjà ouverte dans une autre fenêtre de memoryapp.</translation>
    </message>
    <message>
        <source>Switch to that window to keep working, or close it and open the collection here. A collection opens in one window at a time so that no change is ever lost.</source>
        <translation>Passez à cette fenêtre pour continuer, ou fermez-la et ouvrez la collection ici. Une collection ne s’ouvre que dans une fenêtre à la fois, pour qu’aucune modification ne se perde.</translation>
    </message>
    <message>
        <source>No collection there</source>
        <translation>Aucune collection ici</translation>
    </message>
    <message>
        <source>There is no memoryapp collection in %1.</source>
        <translation>Il n’y a pas de collection memoryapp dans %1.</translation>
    </message>
    <message>
        <source>Choose the folder that holds the collection, or make a new one.</source>
        <translation>Choisissez le dossier qui contient la collection, ou créez-en une nouvelle.</translation>
    </message>
    <message>
        <source>Made by a newer memoryapp</source>
        <translation>Créée par un memoryapp plus récent</translation>
    </message>
    <message>
        <source>This collection was saved by a newer version of memoryapp.</source>
        <translation>Cette collection a été enregistrée par une version plus récente de memoryapp.</translation>
    </message>
    <message>
        <source>Install the newer version to open it; this one will not change it.</source>
        <translation>Installez la version plus récente pour l’ouvrir ; celle-ci ne la modifiera pas.</translation>
    </message>
    <message>
        <source>Cannot open the collection</source>
        <translation>Impossible d’ouvrir la collection</translation>
    </message>
    <message>
        <source>The collection in %1 cannot be opened.</source>
        <translation>La collection dans %1 ne peut pas être ouverte.</translation>
    </message>
    <message>
        <source>Open a collection</source>
        <translation>Ouvrir une collection</translation>
    </message>
    <message>
        <source>Choose an empty folder for the new collection</source>
        <translation>Choisissez un dossier vide pour la nouvelle collection</translation>
    </message>
    <message>
        <source>New collection</source>
        <translation>Nouvelle collection</translation>
    </message>
    <message>
        <source>Title of the collection:</source>
        <translation>Titre de la collection :</translation>
    </message>
    <message>
        <source>Cannot create the collection</source>
        <translation>Impossible de créer la collection</translation>
    </message>
    <message>
        <source>A new collection needs an empty folder.</source>
        <translation>Une nouvelle collection demande un dossier vide.</translation>
    </message>
</context>
<context>
    <name>CoreCommand</name>
    <message numerus="yes">
        <source>Edit %n item(s)</source>
        <translation><numerusform>Modifier %n élément</numerusform><numerusform>Modifier %n éléments</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Tag %n item(s)</source>
        <translation><numerusform>Étiqueter %n élément</numerusform><numerusform>Étiqueter %n éléments</numerusform></translation>
    </message>
    <message>
        <source>Tag a face</source>
        <translation>Identifier un visage</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>Modifier la personne</translation>
    </message>
    <message>
        <source>Edit place</source>
        <translation>Modifier le lieu</translation>
    </message>
    <message numerus="yes">
        <source>Move %n item(s) to the trash</source>
        <translation>
            <numerusform>Mettre %n élément à la corbeille</numerusform><numerusform>Mettre %n éléments à la corbeille</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Restore %n item(s) from the trash</source>
        <translation>
            <numerusform>Restaurer %n élément de la corbeille</numerusform><numerusform>Restaurer %n éléments de la corbeille</numerusform></translation>
    </message>
    <message>
        <source>Empty the trash</source>
        <translation>Vider la corbeille</translation>
    </message>
</context>
<context>
    <name>DetailsForm</name>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre</translation>
    </message>
    <message>
        <source>Postcard</source>
        <translation>Carte postale</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Passeport</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <source>Newspaper</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <source>In copyright</source>
        <translation>Protégé par le droit d’auteur</translation>
    </message>
    <message>
        <source>Copyright not evaluated</source>
        <translation>Droits non évalués</translation>
    </message>
    <message>
        <source>Copyright undetermined</source>
        <translation>Droits indéterminés</translation>
    </message>
    <message>
        <source>Public domain</source>
        <translation>Domaine public</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>Conservé par</translation>
    </message>
    <message>
        <source>Album</source>
        <translation>Album</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>Boîte</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Archive reference</source>
        <translation>Cote d’archive</translation>
    </message>
    <message>
        <source>How it reached us</source>
        <translation>Comment il nous est parvenu</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Crédit</translation>
    </message>
    <message>
        <source>Rights notes</source>
        <translation>Notes sur les droits</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Double-click to open it large</source>
        <translation>Double-cliquez pour l’ouvrir en grand</translation>
    </message>
    <message>
        <source>Open large (Enter)</source>
        <translation>Ouvrir en grand (Entrée)</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Genre</translation>
    </message>
    <message>
        <source>Descri&amp;ption</source>
        <translation>Descri&amp;ption</translation>
    </message>
    <message>
        <source>Add a person…</source>
        <translation>Ajouter une personne…</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Personnes</translation>
    </message>
    <message>
        <source>Add a place…</source>
        <translation>Ajouter un lieu…</translation>
    </message>
    <message>
        <source>P&amp;laces</source>
        <translation>&amp;Lieux</translation>
    </message>
    <message>
        <source>Add a tag…</source>
        <translation>Ajouter un mot-clé…</translation>
    </message>
    <message>
        <source>T&amp;ags</source>
        <translation>&amp;Mots-clés</translation>
    </message>
    <message>
        <source>Private: never exported or shared</source>
        <translation>Privé : jamais exporté ni partagé</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>Droits</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Mention</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>From the file (read only)</source>
        <translation>Inscrit dans le fichier (lecture seule)</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Enregistrement</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <source>Select a photo or a document to see and edit what is known about it.</source>
        <translation>Choisissez une photo ou un document pour voir et modifier ce que l’on en sait.</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n items…</source>
        <translation><numerusform>Lecture de %n élément…</numerusform><numerusform>Lecture de %n éléments…</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n items selected</source>
        <translation><numerusform>%n élément sélectionné</numerusform><numerusform>%n éléments sélectionnés</numerusform></translation>
    </message>
    <message>
        <source>A change here applies to all of them (one step to undo).</source>
        <translation>Une modification ici s’applique à tous (une seule étape à annuler).</translation>
    </message>
    <message>
        <source>Several dates</source>
        <translation>Plusieurs dates</translation>
    </message>
    <message>
        <source>e.g. c. 1955, summer 1962, 1950s</source>
        <translation>ex. vers 1955, été 1962, années 50</translation>
    </message>
    <message>
        <source>Several kinds</source>
        <translation>Plusieurs genres</translation>
    </message>
    <message>
        <source>Several statements</source>
        <translation>Plusieurs mentions</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>Several values: type to replace them all</source>
        <translation>Plusieurs valeurs : tapez pour toutes les remplacer</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>Pas d’image</translation>
    </message>
    <message numerus="yes">
        <source>Set date of %n item(s)</source>
        <translation><numerusform>Modifier la date de %n élément</numerusform><numerusform>Modifier la date de %n éléments</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Set type of %n item(s)</source>
        <translation><numerusform>Modifier le type de %n élément</numerusform><numerusform>Modifier le type de %n éléments</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Set rights of %n item(s)</source>
        <translation><numerusform>Modifier les droits de %n élément</numerusform><numerusform>Modifier les droits de %n éléments</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Set title of %n item(s)</source>
        <translation><numerusform>Modifier le titre de %n élément</numerusform><numerusform>Modifier le titre de %n éléments</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Set description of %n item(s)</source>
        <translation><numerusform>Modifier la description de %n élément</numerusform><numerusform>Modifier la description de %n éléments</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Set notes of %n item(s)</source>
        <translation><numerusform>Modifier les notes de %n élément</numerusform><numerusform>Modifier les notes de %n éléments</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Set holder of %n item(s)</source>
        <translation><numerusform>Modifier le détenteur de %n élément</numerusform><numerusform>Modifier le détenteur de %n éléments</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Set album of %n item(s)</source>
        <translation><numerusform>Modifier l'album de %n élément</numerusform><numerusform>Modifier l'album de %n éléments</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Set box of %n item(s)</source>
        <translation><numerusform>Modifier la boîte de %n élément</numerusform><numerusform>Modifier la boîte de %n éléments</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Set page of %n item(s)</source>
        <translation><numerusform>Modifier la page de %n élément</numerusform><numerusform>Modifier la page de %n éléments</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Set archive reference of %n item(s)</source>
        <translation><numerusform>Modifier la cote de %n élément</numerusform><numerusform>Modifier la cote de %n éléments</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Set provenance of %n item(s)</source>
        <translation><numerusform>Modifier la provenance de %n élément</numerusform><numerusform>Modifier la provenance de %n éléments</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Add %1 to %n item(s)</source>
        <translation><numerusform>Ajouter %1 à %n élément</numerusform><numerusform>Ajouter %1 à %n éléments</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Remove %1 from %n item(s)</source>
        <translation><numerusform>Retirer %1 de %n élément</numerusform><numerusform>Retirer %1 de %n éléments</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Add place %1 to %n item(s)</source>
        <translation><numerusform>Ajouter le lieu %1 à %n élément</numerusform><numerusform>Ajouter le lieu %1 à %n éléments</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Remove place %1 from %n item(s)</source>
        <translation><numerusform>Retirer le lieu %1 de %n élément</numerusform><numerusform>Retirer le lieu %1 de %n éléments</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Add tag '%1' to %n item(s)</source>
        <translation><numerusform>Ajouter le mot-clé « %1 » à %n élément</numerusform><numerusform>Ajouter le mot-clé « %1 » à %n éléments</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Remove tag '%1' from %n item(s)</source>
        <translation><numerusform>Retirer le mot-clé « %1 » de %n élément</numerusform><numerusform>Retirer le mot-clé « %1 » de %n éléments</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Mark %n item(s) private</source>
        <translation><numerusform>Rendre %n élément privé</numerusform><numerusform>Rendre %n éléments privés</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Mark %n item(s) not private</source>
        <translation><numerusform>Rendre %n élément non privé</numerusform><numerusform>Rendre %n éléments non privés</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Edit %n item(s)</source>
        <translation><numerusform>Modifier %n élément</numerusform><numerusform>Modifier %n éléments</numerusform></translation>
    </message>
    <message>
        <source>Add a custody event</source>
        <translation>Ajouter une transmission</translation>
    </message>
    <message>
        <source>No box or album yet: add one with “memoryapp container add”.</source>
        <translation>Aucune boîte ni album : ajoutez-en avec « memoryapp container add ».</translation>
    </message>
    <message numerus="yes">
        <source>Move %n item(s)</source>
        <translation>
            <numerusform>Ranger %n élément</numerusform><numerusform>Ranger %n éléments</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n face(s) not named yet</source>
        <translation><numerusform>%n visage pas encore nommé</numerusform><numerusform>%n visages pas encore nommés</numerusform></translation>
    </message>
    <message>
        <source>Transcribe text</source>
        <translation>Transcrire le texte</translation>
    </message>
    <message>
        <source>Use text for search</source>
        <translation>Utiliser le texte pour la recherche</translation>
    </message>
</context>
<context>
    <name>EmbeddedView</name>
    <message>
        <source>Picture damaged</source>
        <translation>Image abîmée</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Prise de vue</translation>
    </message>
    <message>
        <source>Digitized</source>
        <translation>Numérisation</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <source>Keyword paths</source>
        <translation>Mots-clés hiérarchiques</translation>
    </message>
    <message>
        <source>People named</source>
        <translation>Personnes nommées</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>Droits</translation>
    </message>
    <message>
        <source>Camera make</source>
        <translation>Marque de l’appareil</translation>
    </message>
    <message>
        <source>Camera model</source>
        <translation>Modèle de l’appareil</translation>
    </message>
    <message>
        <source>Sidecar file</source>
        <translation>Fichier compagnon</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nom du fichier</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Pixels</source>
        <translation>Pixels</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>Conservation</translation>
    </message>
    <message>
        <source>linked where it lies</source>
        <translation>lié là où il se trouve</translation>
    </message>
    <message>
        <source>copied into the collection</source>
        <translation>copié dans la collection</translation>
    </message>
    <message>
        <source>GPS</source>
        <translation>GPS</translation>
    </message>
    <message>
        <source>Face regions</source>
        <translation>Zones de visage</translation>
    </message>
    <message>
        <source>Nothing was embedded in this file.</source>
        <translation>Rien n’est inscrit dans ce fichier.</translation>
    </message>
</context>
<context>
    <name>ExportButton</name>
    <message>
        <source>Include private items and people</source>
        <translation>Inclure les éléments et personnes privés</translation>
    </message>
    <message>
        <source>Include living people&apos;s details</source>
        <translation>Inclure les détails des personnes vivantes</translation>
    </message>
    <message>
        <source>(private or living people included, as asked)</source>
        <translation>(personnes privées ou vivantes incluses, comme demandé)</translation>
    </message>
    <message numerus="yes">
        <source>(%n thing(s) withheld or replaced for privacy)</source>
        <translation>
            <numerusform>(%n élément retenu ou remplacé pour la vie privée)</numerusform>
            <numerusform>(%n éléments retenus ou remplacés pour la vie privée)</numerusform>
        </translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Archive log (CSV)</source>
        <translation>Relevé d’archives (CSV)</translation>
    </message>
    <message>
        <source>Archive log (Excel)</source>
        <translation>Relevé d’archives (Excel)</translation>
    </message>
    <message>
        <source>Cue sheet (CSV)</source>
        <translation>Liste des plans (CSV)</translation>
    </message>
    <message>
        <source>OpenTimelineIO timeline</source>
        <translation>Timeline OpenTimelineIO</translation>
    </message>
    <message>
        <source>EDL (CMX 3600)</source>
        <translation>EDL (CMX 3600)</translation>
    </message>
    <message>
        <source>Final Cut Pro XML</source>
        <translation>XML Final Cut Pro</translation>
    </message>
    <message>
        <source>Scene binder (HTML)</source>
        <translation>Classeur des scènes (HTML)</translation>
    </message>
    <message>
        <source>%1 (*%2)</source>
        <translation>%1 (*%2)</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Exporter %1</translation>
    </message>
    <message>
        <source>Exporting %1N{HORIZONTAL ELLIPSIS}</source>
        <translation>Exportation de %1…</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exporté dans %1</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation><numerusform>%n élément</numerusform><numerusform>%n éléments</numerusform></translation>
    </message>
    <message>
        <source>Exporting %1: %2</source>
        <translation>Exportation de %1 : %2</translation>
    </message>
    <message>
        <source>Exporting %1</source>
        <translation>Exportation de %1</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Also write JPEG copies with the XMP inside</source>
        <translation>Écrire aussi des copies JPEG contenant le XMP</translation>
    </message>
    <message>
        <source>The web address the folder will be served from.</source>
        <translation>L’adresse web d’où le dossier sera servi.</translation>
    </message>
    <message>
        <source>Served from:</source>
        <translation>Servi depuis :</translation>
    </message>
    <message>
        <source>Export as:</source>
        <translation>Exporter en :</translation>
    </message>
    <message>
        <source>Privacy: what may leave the collection</source>
        <translation>Confidentialité : ce qui peut sortir de la collection</translation>
    </message>
    <message>
        <source>Include &amp;private items and people</source>
        <translation>Inclure les éléments et personnes &amp;privés</translation>
    </message>
    <message>
        <source>Include &amp;living people's details</source>
        <translation>Inclure les détails des personnes &amp;vivantes</translation>
    </message>
    <message>
        <source>Otherwise a living person is</source>
        <translation>Sinon, une personne vivante est</translation>
    </message>
    <message>
        <source>Keep &amp;exact GPS positions</source>
        <translation>Garder les positions GPS &amp;exactes</translation>
    </message>
    <message>
        <source>Otherwise positions are rounded to about 1 km. Places marked not to be</source>
        <translation>Sinon, les positions sont arrondies à environ 1 km. Les lieux à ne pas</translation>
    </message>
    <message>
        <source>pinpointed are always withheld.</source>
        <translation>localiser précisément sont toujours retenus.</translation>
    </message>
    <message>
        <source>Privacy summary</source>
        <translation>Résumé de confidentialité</translation>
    </message>
    <message>
        <source>Working out what will be withheld…</source>
        <translation>Calcul de ce qui sera retenu…</translation>
    </message>
    <message>
        <source>Details (the report saved with the export)</source>
        <translation>Détails (le rapport enregistré avec l’export)</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>In the folder:</source>
        <translation>Dans le dossier :</translation>
    </message>
    <message>
        <source>New folder name:</source>
        <translation>Nom du nouveau dossier :</translation>
    </message>
    <message>
        <source>Privacy report (also saved in the export):</source>
        <translation>Rapport de confidentialité (aussi enregistré dans l’export) :</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Choose where to save the export</source>
        <translation>Choisir où enregistrer l’export</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Collection</translation>
    </message>
    <message>
        <source>%1 - %2 export</source>
        <translation>%1 - export %2</translation>
    </message>
    <message>
        <source>Private and living people's details will be exported.</source>
        <translation>Les détails privés et ceux des personnes vivantes seront exportés.</translation>
    </message>
    <message>
        <source>The privacy summary could not be made: %1</source>
        <translation>Le résumé de confidentialité n’a pas pu être établi : %1</translation>
    </message>
    <message>
        <source>Give the export folder a name.</source>
        <translation>Donnez un nom au dossier d’export.</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n item(s) to %1…</source>
        <translation><numerusform>Exportation de %n élément vers %1…</numerusform><numerusform>Exportation de %n éléments vers %1…</numerusform></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n item(s) as %1.</source>
        <translation><numerusform>%n élément exporté en %1.</numerusform><numerusform>%n éléments exportés en %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s): see the log.</source>
        <translation><numerusform>%n avertissement : voir le journal.</numerusform><numerusform>%n avertissements : voir le journal.</numerusform></translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>L’export a été annulé ; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>L’export a échoué : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n private item(s)</source>
        <translation><numerusform>%n élément privé</numerusform><numerusform>%n éléments privés</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n private person(s)</source>
        <translation><numerusform>%n personne privée</numerusform><numerusform>%n personnes privées</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n private person tag(s)</source>
        <translation><numerusform>%n identification privée</numerusform><numerusform>%n identifications privées</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n living person's name(s) replaced</source>
        <translation><numerusform>%n nom de personne vivante remplacé</numerusform><numerusform>%n noms de personnes vivantes remplacés</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n living person(s) left out</source>
        <translation><numerusform>%n personne vivante omise</numerusform><numerusform>%n personnes vivantes omises</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n living person's detail(s)</source>
        <translation><numerusform>%n détail de personne vivante</numerusform><numerusform>%n détails de personnes vivantes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) showing living people</source>
        <translation><numerusform>%n photo montrant des personnes vivantes</numerusform><numerusform>%n photos montrant des personnes vivantes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n exact position(s) rounded</source>
        <translation><numerusform>%n position exacte arrondie</numerusform><numerusform>%n positions exactes arrondies</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n exact position(s)</source>
        <translation><numerusform>%n position exacte</numerusform><numerusform>%n positions exactes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n position(s) of places not to pinpoint</source>
        <translation><numerusform>%n position de lieu à ne pas localiser</numerusform><numerusform>%n positions de lieux à ne pas localiser</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n face region(s) of living people</source>
        <translation><numerusform>%n zone de visage de personne vivante</numerusform><numerusform>%n zones de visage de personnes vivantes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s) of withheld names in texts</source>
        <translation><numerusform>%n mention de nom retenu dans les textes</numerusform><numerusform>%n mentions de noms retenus dans les textes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>the metadata embedded in %n file(s)</source>
        <translation><numerusform>les métadonnées inscrites dans %n fichier</numerusform><numerusform>les métadonnées inscrites dans %n fichiers</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n original file path(s)</source>
        <translation><numerusform>%n chemin de fichier d’origine</numerusform><numerusform>%n chemins de fichiers d’origine</numerusform></translation>
    </message>
</context>
<context>
    <name>FaceEditor</name>
    <message>
        <source>(unknown person)</source>
        <translation>(personne inconnue)</translation>
    </message>
    <message>
        <source>Another person…</source>
        <translation>Une autre personne…</translation>
    </message>
    <message>
        <source>Remove the rectangle</source>
        <translation>Retirer le rectangle</translation>
    </message>
    <message>
        <source>Remove the person from this item</source>
        <translation>Retirer la personne de cet élément</translation>
    </message>
    <message>
        <source>Who is this?</source>
        <translation>Qui est-ce ?</translation>
    </message>
    <message>
        <source>Tag a face</source>
        <translation>Identifier un visage</translation>
    </message>
    <message>
        <source>Move a face rectangle</source>
        <translation>Déplacer un rectangle de visage</translation>
    </message>
    <message>
        <source>Remove a face rectangle</source>
        <translation>Retirer un rectangle de visage</translation>
    </message>
    <message>
        <source>Remove %1 from the item</source>
        <translation>Retirer %1 de l’élément</translation>
    </message>
    <message>
        <source>Who is this really?</source>
        <translation>Qui est-ce vraiment ?</translation>
    </message>
    <message>
        <source>Give a face to another person</source>
        <translation>Attribuer un visage à une autre personne</translation>
    </message>
    <message>
        <source>Open the person…</source>
        <translation>Ouvrir la personne…</translation>
    </message>
</context>
<context>
    <name>FailuresDialog</name>
    <message>
        <source>Import failures (this session)</source>
        <translation>Échecs d’importation (cette session)</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported:</source>
        <translation><numerusform>%n fichier n’a pas pu être importé :</numerusform><numerusform>%n fichiers n’ont pas pu être importés :</numerusform></translation>
    </message>
</context>
<context>
    <name>FailuresTable</name>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Why it was not imported</source>
        <translation>Pourquoi il n’a pas été importé</translation>
    </message>
</context>
<context>
    <name>Films</name>
    <message>
        <source>Planned</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <source>Researching</source>
        <translation>En recherche</translation>
    </message>
    <message>
        <source>In edit</source>
        <translation>Au montage</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Verrouillée</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>Coupée</translation>
    </message>
    <message>
        <source>On screen</source>
        <translation>À l’écran</translation>
    </message>
    <message>
        <source>Voice-over</source>
        <translation>Voix off</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Entretien</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <source>Alternate</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>Research</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Écarté</translation>
    </message>
    <message>
        <source>Not requested</source>
        <translation>Non demandée</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Demandée</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>Obtenue</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>Public domain</source>
        <translation>Domaine public</translation>
    </message>
    <message>
        <source>Fair use</source>
        <translation>Usage équitable</translation>
    </message>
    <message numerus="yes">
        <source>%n on screen</source>
        <translation><numerusform>%n à l’écran</numerusform><numerusform>%n à l’écran</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation><numerusform>%n de plus</numerusform><numerusform>%n de plus</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n uncleared</source>
        <translation><numerusform>%n sans accord</numerusform><numerusform>%n sans accord</numerusform></translation>
    </message>
</context>
<context>
    <name>FilmsPanel</name>
    <message>
        <source>Find material</source>
        <translation>Trouver des documents</translation>
    </message>
    <message>
        <source>Items that fit the scene's people, places and period</source>
        <translation>Éléments qui correspondent aux personnes, lieux et époque de la scène</translation>
    </message>
    <message>
        <source>Film</source>
        <translation>Film</translation>
    </message>
    <message>
        <source>Press “Find material” to see what fits.</source>
        <translation>Appuyez sur « Trouver des documents » pour voir ce qui convient.</translation>
    </message>
    <message>
        <source>Role of items linked from here or dropped on a scene</source>
        <translation>Rôle des éléments liés d’ici ou déposés sur une scène</translation>
    </message>
    <message>
        <source>Link to scene</source>
        <translation>Lier à la scène</translation>
    </message>
    <message>
        <source>as</source>
        <translation>comme</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>Looking through the collection…</source>
        <translation>Recherche dans la collection…</translation>
    </message>
    <message>
        <source>Already linked to this scene.</source>
        <translation>Déjà lié à cette scène.</translation>
    </message>
    <message>
        <source>Remove from scene</source>
        <translation>Retirer de la scène</translation>
    </message>
    <message>
        <source>No film yet</source>
        <translation>Pas encore de film</translation>
    </message>
    <message>
        <source>Create a film and its scenes with “memoryapp film add”.</source>
        <translation>Créez un film et ses scènes avec « memoryapp film add ».</translation>
    </message>
    <message>
        <source>Items that fit this scene: %1</source>
        <translation>Éléments qui correspondent à cette scène : %1</translation>
    </message>
    <message>
        <source>Nothing else in the collection fits this scene.</source>
        <translation>Rien d’autre dans la collection ne correspond à cette scène.</translation>
    </message>
    <message>
        <source>Scene %1: %2</source>
        <translation>Scène %1 : %2</translation>
    </message>
    <message>
        <source>Scene %1</source>
        <translation>Scène %1</translation>
    </message>
    <message>
        <source>Edit clearance</source>
        <translation>Modifier l’accord de droits</translation>
    </message>
</context>
<context>
    <name>FuzzyDateEdit</name>
    <message>
        <source>e.g. c. 1955, summer 1962, 1950s</source>
        <translation>ex. vers 1955, été 1962, années 50</translation>
    </message>
    <message>
        <source>Keep as words</source>
        <translation>Garder tel quel</translation>
    </message>
    <message>
        <source>Keep these words as an undated note (they will not sort or filter by date)</source>
        <translation>Garder ces mots comme une note sans date (ils ne serviront ni au tri ni au filtre par date)</translation>
    </message>
    <message>
        <source>Not a date I can read: %1</source>
        <translation>Date illisible : %1</translation>
    </message>
    <message>
        <source>Kept as words, undated</source>
        <translation>Gardé tel quel, sans date</translation>
    </message>
    <message>
        <source>%1 (EDTF %2)</source>
        <translation>%1 (EDTF %2)</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>The file is empty (0 bytes).</source>
        <translation>Le fichier est vide (0 octet).</translation>
    </message>
    <message>
        <source>The file is cut short: it was not copied completely.</source>
        <translation>Le fichier est tronqué : il n’a pas été copié en entier.</translation>
    </message>
    <message>
        <source>The file is damaged and cannot be read.</source>
        <translation>Le fichier est abîmé et ne peut pas être lu.</translation>
    </message>
    <message>
        <source>This kind of file is not supported.</source>
        <translation>Ce type de fichier n’est pas pris en charge.</translation>
    </message>
    <message>
        <source>The picture claims to be far too large to open safely.</source>
        <translation>L’image se dit bien trop grande pour être ouverte sans risque.</translation>
    </message>
    <message>
        <source>The file is too large.</source>
        <translation>Le fichier est trop gros.</translation>
    </message>
    <message>
        <source>The information embedded in the file is damaged.</source>
        <translation>Les informations inscrites dans le fichier sont abîmées.</translation>
    </message>
    <message>
        <source>The file cannot be read (permissions or a disk error).</source>
        <translation>Le fichier ne peut pas être lu (droits d’accès ou erreur de disque).</translation>
    </message>
    <message>
        <source>The file disappeared during the import.</source>
        <translation>Le fichier a disparu pendant l’importation.</translation>
    </message>
    <message>
        <source>Reading the file took too long.</source>
        <translation>La lecture du fichier a pris trop de temps.</translation>
    </message>
    <message>
        <source>The file name cannot be used.</source>
        <translation>Le nom du fichier est inutilisable.</translation>
    </message>
    <message>
        <source>A link points back to itself.</source>
        <translation>Un lien pointe vers lui-même.</translation>
    </message>
    <message>
        <source>This is not a regular file.</source>
        <translation>Ce n’est pas un fichier ordinaire.</translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>Le disque est plein.</translation>
    </message>
    <message>
        <source>Not imported: the import was cancelled.</source>
        <translation>Non importé : l’importation a été annulée.</translation>
    </message>
    <message>
        <source>Unknown problem.</source>
        <translation>Problème inconnu.</translation>
    </message>
    <message>
        <source>%1 of %2 files</source>
        <translation>%1 fichiers sur %2</translation>
    </message>
    <message>
        <source>%1 files</source>
        <translation>%1 fichiers</translation>
    </message>
    <message>
        <source>%1 files a second</source>
        <translation>%1 fichiers par seconde</translation>
    </message>
    <message>
        <source>about %1 s left</source>
        <translation>encore environ %1 s</translation>
    </message>
    <message>
        <source>about %1 min left</source>
        <translation>encore environ %1 min</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import photos and documents</source>
        <translation>Importer des photos et des documents</translation>
    </message>
    <message>
        <source>Files and folders to import:</source>
        <translation>Fichiers et dossiers à importer :</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>Ajouter des &amp;fichiers…</translation>
    </message>
    <message>
        <source>Add a f&amp;older…</source>
        <translation>Ajouter un d&amp;ossier…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>&amp;Copy into the collection (recommended)</source>
        <translation>&amp;Copier dans la collection (recommandé)</translation>
    </message>
    <message>
        <source>The originals stay untouched; the collection keeps its own copy.</source>
        <translation>Les originaux restent intacts ; la collection garde sa propre copie.</translation>
    </message>
    <message>
        <source>&amp;Link: leave the files where they are</source>
        <translation>&amp;Lier : laisser les fichiers où ils sont</translation>
    </message>
    <message>
        <source>Nothing is copied; the collection needs the files to stay where they are.</source>
        <translation>Rien n’est copié ; la collection a besoin que les fichiers restent où ils sont.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Choose files to import</source>
        <translation>Choisir les fichiers à importer</translation>
    </message>
    <message>
        <source>Choose a folder to import</source>
        <translation>Choisir un dossier à importer</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation><numerusform>%1 et %n autre</numerusform><numerusform>%1 et %n autres</numerusform></translation>
    </message>
    <message>
        <source>Linking %1 where they are</source>
        <translation>Liaison de %1 là où ils sont</translation>
    </message>
    <message>
        <source>Copying %1 into the collection</source>
        <translation>Copie de %1 dans la collection</translation>
    </message>
    <message>
        <source>Looking for files…</source>
        <translation>Recherche des fichiers…</translation>
    </message>
    <message>
        <source>Stopping after the current file…</source>
        <translation>Arrêt après le fichier en cours…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Depuis %1</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) imported.</source>
        <translation><numerusform>%n élément importé.</numerusform><numerusform>%n éléments importés.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) were already in the collection.</source>
        <translation><numerusform>%n fichier était déjà dans la collection.</numerusform><numerusform>%n fichiers étaient déjà dans la collection.</numerusform></translation>
    </message>
    <message>
        <source>The import was cancelled; what was imported stays.</source>
        <translation>L’importation a été annulée ; ce qui a été importé reste.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported:</source>
        <translation><numerusform>%n fichier n’a pas pu être importé :</numerusform><numerusform>%n fichiers n’ont pas pu être importés :</numerusform></translation>
    </message>
    <message>
        <source>The import stopped: %1</source>
        <translation>L’importation s’est arrêtée : %1</translation>
    </message>
    <message>
        <source>Counting the files…</source>
        <translation>Décompte des fichiers…</translation>
    </message>
    <message>
        <source>Counting the files… %1 so far</source>
        <translation>Décompte des fichiers… %1 pour l’instant</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) found</source>
        <translation><numerusform>%n fichier trouvé</numerusform><numerusform>%n fichiers trouvés</numerusform></translation>
    </message>
</context>
<context>
    <name>LinkEditor</name>
    <message>
        <source>Clearance</source>
        <translation>Accord de droits</translation>
    </message>
    <message>
        <source>Select an item in the strip to edit its clearance.</source>
        <translation>Choisissez un élément dans le bandeau pour modifier son accord de droits.</translation>
    </message>
    <message>
        <source>Who owns the rights</source>
        <translation>Titulaire des droits</translation>
    </message>
    <message>
        <source>Credit line, as it will read on screen</source>
        <translation>Mention de crédit, telle qu’elle apparaîtra à l’écran</translation>
    </message>
    <message>
        <source>Notes for the clearance team</source>
        <translation>Notes pour l’équipe des droits</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Rights holder</source>
        <translation>Titulaire des droits</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Crédit</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Remove from scene</source>
        <translation>Retirer de la scène</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <source>This collection can only be read: %1.</source>
        <translation>Cette collection ne peut qu’être lue : %1.</translation>
    </message>
    <message>
        <source>Films — memoryapp</source>
        <translation>Films — memoryapp</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) imported</source>
        <translation><numerusform>%n élément importé</numerusform><numerusform>%n éléments importés</numerusform></translation>
    </message>
    <message>
        <source>No recent collections</source>
        <translation>Aucune collection récente</translation>
    </message>
    <message>
        <source>%1 — memoryapp</source>
        <translation>%1 — memoryapp</translation>
    </message>
    <message>
        <source>Preparing the collection…</source>
        <translation>Préparation de la collection…</translation>
    </message>
    <message>
        <source>This collection is empty.

Drag photos, scans or whole folders here, or choose File → Import (Ctrl+I).</source>
        <translation>Cette collection est vide.

Glissez ici des photos, des numérisations ou des dossiers entiers, ou choisissez Fichier → Importer (Ctrl+I).</translation>
    </message>
    <message>
        <source>Nothing matches this search.

Try fewer words, or press Escape to see everything.</source>
        <translation>Rien ne correspond à cette recherche.

Essayez avec moins de mots, ou appuyez sur Échap pour tout voir.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation><numerusform>%Ln élément</numerusform><numerusform>%Ln éléments</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln item(s)</source>
        <translation><numerusform>%1 sur %Ln élément</numerusform><numerusform>%1 sur %Ln éléments</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected</source>
        <translation><numerusform>%Ln sélectionné</numerusform><numerusform>%Ln sélectionnés</numerusform></translation>
    </message>
    <message>
        <source>Preparing the search…</source>
        <translation>Préparation de la recherche…</translation>
    </message>
    <message>
        <source>The collection could not be prepared for browsing:
%1</source>
        <translation>La collection n’a pas pu être préparée pour la consultation :
%1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>An import is running</source>
        <translation>Une importation est en cours</translation>
    </message>
    <message>
        <source>Stop the import and close? What was imported so far stays.</source>
        <translation>Arrêter l’importation et fermer ? Ce qui a déjà été importé reste.</translation>
    </message>
    <message>
        <source>Places are not available yet.</source>
        <translation>Les lieux ne sont pas encore disponibles.</translation>
    </message>
    <message numerus="yes">
        <source>%n selected item(s)</source>
        <translation><numerusform>%n élément sélectionné</numerusform><numerusform>%n éléments sélectionnés</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) found by the search</source>
        <translation><numerusform>%n élément trouvé par la recherche</numerusform><numerusform>%n éléments trouvés par la recherche</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>all %n item(s)</source>
        <translation><numerusform>l’unique élément</numerusform><numerusform>les %n éléments</numerusform></translation>
    </message>
    <message>
        <source>Search tips</source>
        <translation>Conseils de recherche</translation>
    </message>
    <message>
        <source>&lt;p&gt;Type words from titles, descriptions and notes, or names of people and places, in any script. Spelling variants meet: &lt;i&gt;Tinghir&lt;/i&gt; also finds &lt;i&gt;Tinerhir&lt;/i&gt;.&lt;/p&gt;&lt;table cellspacing='6'&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;person:Yakout&lt;/code&gt;&lt;/td&gt;&lt;td&gt;photos of someone&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;place:Tinghir&lt;/code&gt;&lt;/td&gt;&lt;td&gt;a place and every place inside it&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;date:1950..1959&lt;/code&gt; or &lt;code&gt;1955&lt;/code&gt;&lt;/td&gt;&lt;td&gt;a period&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;tag:Events&lt;/code&gt;&lt;/td&gt;&lt;td&gt;a tag and the tags under it&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;is:undated&lt;/code&gt;, &lt;code&gt;is:untagged&lt;/code&gt;&lt;/td&gt;&lt;td&gt;what still needs work&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;-is:private&lt;/code&gt;&lt;/td&gt;&lt;td&gt;a minus sign leaves things out&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;wedding OR henna&lt;/code&gt;&lt;/td&gt;&lt;td&gt;either word&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;Click an entry in the sidebar to show it; Ctrl+click narrows the current search.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Tapez des mots des titres, descriptions et notes, ou des noms de personnes et de lieux, dans n’importe quelle écriture. Les variantes d’orthographe se rejoignent : &lt;i&gt;Tinghir&lt;/i&gt; trouve aussi &lt;i&gt;Tinerhir&lt;/i&gt;.&lt;/p&gt;&lt;table cellspacing='6'&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;person:Yakout&lt;/code&gt;&lt;/td&gt;&lt;td&gt;les photos de quelqu’un&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;place:Tinghir&lt;/code&gt;&lt;/td&gt;&lt;td&gt;un lieu et tous les lieux qu’il contient&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;date:1950..1959&lt;/code&gt; ou &lt;code&gt;1955&lt;/code&gt;&lt;/td&gt;&lt;td&gt;une période&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;tag:Events&lt;/code&gt;&lt;/td&gt;&lt;td&gt;un mot-clé et ceux qui en dépendent&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;is:undated&lt;/code&gt;, &lt;code&gt;is:untagged&lt;/code&gt;&lt;/td&gt;&lt;td&gt;ce qui reste à faire&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;-is:private&lt;/code&gt;&lt;/td&gt;&lt;td&gt;un signe moins exclut&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;wedding OR henna&lt;/code&gt;&lt;/td&gt;&lt;td&gt;l’un ou l’autre mot&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;Cliquez sur une entrée du panneau latéral pour l’afficher ; Ctrl+clic affine la recherche en cours.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About memoryapp</source>
        <translation>À propos de memoryapp</translation>
    </message>
    <message>
        <source>&lt;h3&gt;memoryapp %1&lt;/h3&gt;&lt;p&gt;A desktop archivist for family photos, letters and papers: who is on them, where and when, as well as anyone remembers.&lt;/p&gt;&lt;p&gt;Originals are never changed. Everything stays in the collection folder.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;memoryapp %1&lt;/h3&gt;&lt;p&gt;Un archiviste de bureau pour les photos, lettres et papiers de famille : qui y figure, où et quand, aussi bien qu’on s’en souvienne.&lt;/p&gt;&lt;p&gt;Les originaux ne sont jamais modifiés. Tout reste dans le dossier de la collection.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>La corbeille est vide.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) in the trash</source>
        <translation>
            <numerusform>%Ln élément dans la corbeille</numerusform><numerusform>%Ln éléments dans la corbeille</numerusform></translation>
    </message>
    <message>
        <source>Attach the back of a print</source>
        <translation>Joindre le verso d’un tirage</translation>
    </message>
    <message>
        <source>Select two items: a print's front and its back.</source>
        <translation>Sélectionnez deux éléments : le recto d’un tirage et son verso.</translation>
    </message>
    <message>
        <source>Attach the back</source>
        <translation>Joindre le verso</translation>
    </message>
</context>
<context>
    <name>Menu</name>
    <message>
        <source>&amp;Films…</source>
        <translation>&amp;Films…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New collection…</source>
        <translation>&amp;Nouvelle collection…</translation>
    </message>
    <message>
        <source>&amp;Open collection…</source>
        <translation>&amp;Ouvrir une collection…</translation>
    </message>
    <message>
        <source>&amp;Recent collections</source>
        <translation>Collections &amp;récentes</translation>
    </message>
    <message>
        <source>&amp;Import photos and documents…</source>
        <translation>&amp;Importer des photos et des documents…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Tout &amp;sélectionner</translation>
    </message>
    <message>
        <source>Select &amp;none</source>
        <translation>Ne &amp;rien sélectionner</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>Rec&amp;hercher…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Open large (Enter)</source>
        <translation>&amp;Ouvrir en grand (Entrée)</translation>
    </message>
    <message>
        <source>&amp;Larger thumbnails</source>
        <translation>Vignettes plus &amp;grandes</translation>
    </message>
    <message>
        <source>&amp;Smaller thumbnails</source>
        <translation>Vignettes plus &amp;petites</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Frise chronologique</translation>
    </message>
    <message>
        <source>&amp;Sidebar</source>
        <translation>&amp;Panneau latéral</translation>
    </message>
    <message>
        <source>&amp;Details panel</source>
        <translation>Panneau des &amp;détails</translation>
    </message>
    <message>
        <source>Go to the &amp;grid</source>
        <translation>Aller à la &amp;grille</translation>
    </message>
    <message>
        <source>Go to the si&amp;debar</source>
        <translation>Aller au panneau &amp;latéral</translation>
    </message>
    <message>
        <source>Go to the d&amp;etails</source>
        <translation>Aller aux d&amp;étails</translation>
    </message>
    <message>
        <source>&amp;Catalogue</source>
        <translation>&amp;Catalogue</translation>
    </message>
    <message>
        <source>&amp;People…</source>
        <translation>&amp;Personnes…</translation>
    </message>
    <message>
        <source>P&amp;laces…</source>
        <translation>&amp;Lieux…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Search tips</source>
        <translation>&amp;Conseils de recherche</translation>
    </message>
    <message>
        <source>&amp;About memoryapp</source>
        <translation>À &amp;propos de memoryapp</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rétablir %1</translation>
    </message>
    <message>
        <source>Attach the &amp;back of a print…</source>
        <translation>Joindre le &amp;verso d’un tirage…</translation>
    </message>
    <message>
        <source>Fa&amp;ces…</source>
        <translation>&amp;Visages…</translation>
    </message>
    <message>
        <source>Fin&amp;d faces</source>
        <translation>&amp;Trouver les visages</translation>
    </message>
    <message>
        <source>Read &amp;text (OCR)</source>
        <translation>Lire le &amp;texte (OCR)</translation>
    </message>
</context>
<context>
    <name>NamesEditor</name>
    <message>
        <source>Add a spelling</source>
        <translation>Ajouter une graphie</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Make primary</source>
        <translation>Rendre principal</translation>
    </message>
</context>
<context>
    <name>NamesModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Écriture</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Primary name</source>
        <translation>Nom principal</translation>
    </message>
</context>
<context>
    <name>PeopleManager</name>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Find a person by any spelling</source>
        <translation>Trouver une personne par n’importe quelle graphie</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Fusionner…</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>New person %1</source>
        <translation>Nouvelle personne %1</translation>
    </message>
    <message>
        <source>Merge two people</source>
        <translation>Fusionner deux personnes</translation>
    </message>
    <message>
        <source>%1 and %2 are the same person?</source>
        <translation>%1 et %2 sont la même personne ?</translation>
    </message>
    <message>
        <source>Every photo, document and relation of one moves to the other, whose names become other spellings. You can undo this.</source>
        <translation>Chaque photo, document et lien de parenté de l’une passe à l’autre, dont les noms deviennent d’autres graphies. Vous pourrez l’annuler.</translation>
    </message>
    <message>
        <source>Keep %1</source>
        <translation>Garder %1</translation>
    </message>
    <message>
        <source>Merge %1 into %2</source>
        <translation>Fusionner %1 dans %2</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>Autres noms</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Naissance</translation>
    </message>
    <message>
        <source>Died</source>
        <translation>Décès</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Éléments</translation>
    </message>
    <message>
        <source>Private: never shown in exports or shared copies</source>
        <translation>Privé : jamais montré dans les exports ni les copies partagées</translation>
    </message>
</context>
<context>
    <name>PersonChoices</name>
    <message>
        <source>New person: %1</source>
        <translation>Nouvelle personne : %1</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>Unknown (decided by dates)</source>
        <translation>Inconnu (déduit des dates)</translation>
    </message>
    <message>
        <source>Living</source>
        <translation>Vivant</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>Décédé</translation>
    </message>
    <message>
        <source>parent</source>
        <translation>parent</translation>
    </message>
    <message>
        <source>child</source>
        <translation>enfant</translation>
    </message>
    <message>
        <source>spouse</source>
        <translation>conjoint</translation>
    </message>
    <message>
        <source>sibling</source>
        <translation>frère ou sœur</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>female</source>
        <translation>femme</translation>
    </message>
    <message>
        <source>male</source>
        <translation>homme</translation>
    </message>
    <message>
        <source>Private: never shown in exports or shared copies</source>
        <translation>Privé : jamais montré dans les exports ni les copies partagées</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Noms</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Naissance</translation>
    </message>
    <message>
        <source>Born in</source>
        <translation>Né à</translation>
    </message>
    <message>
        <source>Died</source>
        <translation>Décès</translation>
    </message>
    <message>
        <source>Died in</source>
        <translation>Décédé à</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>Liens de parenté</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>A person needs at least one name.</source>
        <translation>Une personne a besoin d’au moins un nom.</translation>
    </message>
    <message>
        <source>birth</source>
        <translation>naissance</translation>
    </message>
    <message>
        <source>death</source>
        <translation>décès</translation>
    </message>
    <message>
        <source>The %1 date cannot be read.</source>
        <translation>La date de %1 est illisible.</translation>
    </message>
    <message>
        <source>Never suggest this person for a face</source>
        <translation>Ne jamais suggérer cette personne pour un visage</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>Who is this?</source>
        <translation>Qui est-ce ?</translation>
    </message>
    <message>
        <source>Type any spelling of the name:</source>
        <translation>Tapez n’importe quelle graphie du nom :</translation>
    </message>
    <message>
        <source>Name in any script</source>
        <translation>Nom dans n’importe quelle écriture</translation>
    </message>
</context>
<context>
    <name>PlaceForm</name>
    <message>
        <source>country</source>
        <translation>pays</translation>
    </message>
    <message>
        <source>region</source>
        <translation>région</translation>
    </message>
    <message>
        <source>province</source>
        <translation>province</translation>
    </message>
    <message>
        <source>city</source>
        <translation>ville</translation>
    </message>
    <message>
        <source>town</source>
        <translation>ville</translation>
    </message>
    <message>
        <source>village</source>
        <translation>village</translation>
    </message>
    <message>
        <source>quarter</source>
        <translation>quartier</translation>
    </message>
    <message>
        <source>mellah (Jewish quarter)</source>
        <translation>mellah (quartier juif)</translation>
    </message>
    <message>
        <source>ksar (fortified village)</source>
        <translation>ksar (village fortifié)</translation>
    </message>
    <message>
        <source>douar (hamlet)</source>
        <translation>douar (hameau)</translation>
    </message>
    <message>
        <source>kasbah</source>
        <translation>kasbah</translation>
    </message>
    <message>
        <source>zaouia</source>
        <translation>zaouïa</translation>
    </message>
    <message>
        <source>synagogue</source>
        <translation>synagogue</translation>
    </message>
    <message>
        <source>cemetery</source>
        <translation>cimetière</translation>
    </message>
    <message>
        <source>valley</source>
        <translation>vallée</translation>
    </message>
    <message>
        <source>oasis</source>
        <translation>oasis</translation>
    </message>
    <message>
        <source>port</source>
        <translation>port</translation>
    </message>
    <message>
        <source>building</source>
        <translation>bâtiment</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <source>latitude, e.g. 31.5167</source>
        <translation>latitude, ex. 31.5167</translation>
    </message>
    <message>
        <source>longitude, e.g. -5.5333</source>
        <translation>longitude, ex. -5.5333</translation>
    </message>
    <message>
        <source>Do not pinpoint: show only the town or region on maps and in exports</source>
        <translation>Ne pas localiser précisément : montrer seulement la ville ou la région sur les cartes et dans les exports</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Noms</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>A place needs at least one name.</source>
        <translation>Un lieu a besoin d’au moins un nom.</translation>
    </message>
    <message>
        <source>Coordinates are decimal degrees, e.g. 31.5167 and -5.5333.</source>
        <translation>Les coordonnées sont en degrés décimaux, ex. 31.5167 et -5.5333.</translation>
    </message>
    <message>
        <source>Give both latitude and longitude, or neither.</source>
        <translation>Donnez la latitude et la longitude, ou aucune des deux.</translation>
    </message>
    <message>
        <source>Latitude is -90 to 90 and longitude -180 to 180.</source>
        <translation>La latitude va de -90 à 90 et la longitude de -180 à 180.</translation>
    </message>
</context>
<context>
    <name>PlaceTreeModel</name>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Éléments</translation>
    </message>
    <message>
        <source>With sub-places</source>
        <translation>Avec les lieux qu’il contient</translation>
    </message>
</context>
<context>
    <name>PlacesManager</name>
    <message>
        <source>Places</source>
        <translation>Lieux</translation>
    </message>
    <message>
        <source>New place</source>
        <translation>Nouveau lieu</translation>
    </message>
    <message>
        <source>New place inside</source>
        <translation>Nouveau lieu à l’intérieur</translation>
    </message>
    <message>
        <source>Move to top level</source>
        <translation>Placer au premier niveau</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <source>%1 cannot go inside one of its own sub-places.</source>
        <translation>%1 ne peut pas aller dans l’un de ses propres sous-lieux.</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>A place cannot be inside itself.</source>
        <translation>Un lieu ne peut pas être à l’intérieur de lui-même.</translation>
    </message>
    <message>
        <source>Move %1 into %2</source>
        <translation>Déplacer %1 dans %2</translation>
    </message>
    <message>
        <source>Move %1 to the top level</source>
        <translation>Placer %1 au premier niveau</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Your login name</source>
        <translation>Votre nom de connexion</translation>
    </message>
    <message>
        <source>Who the collection&apos;s history says made your changes</source>
        <translation>Le nom que l’historique de la collection donne à l’auteur de vos modifications</translation>
    </message>
    <message>
        <source>Your &amp;name in the history</source>
        <translation>Votre &amp;nom dans l’historique</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>&amp;Language of the interface</source>
        <translation>&amp;Langue de l’interface</translation>
    </message>
    <message>
        <source>A new language is used the next time memoryapp starts.</source>
        <translation>Une nouvelle langue s’applique au prochain démarrage de memoryapp.</translation>
    </message>
    <message>
        <source>Restart memoryapp to use the new language.</source>
        <translation>Redémarrez memoryapp pour utiliser la nouvelle langue.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Slideshow: each picture for</source>
        <translation>&amp;Diaporama : chaque image pendant</translation>
    </message>
    <message>
        <source>&amp;Detect faces after each import</source>
        <translation>&amp;Détecter les visages après chaque import</translation>
    </message>
    <message>
        <source>&amp;Read the text of documents after each import</source>
        <translation>&amp;Lire le texte des documents après chaque import</translation>
    </message>
    <message>
        <source>Find faces on new pictures in the background and suggest who they are</source>
        <translation>Chercher les visages des nouvelles images en arrière-plan et suggérer qui c’est</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search names, places, tags, words or years (Ctrl+F)</source>
        <translation>Chercher des noms, lieux, mots-clés, mots ou années (Ctrl+F)</translation>
    </message>
    <message>
        <source>Examples:
  Miriam wedding
  person:Yakout place:Tinghir
  date:1950..1959   or   1955
  tag:Events -is:private
  is:undated   is:untagged   has:faces</source>
        <translation>Exemples :
  Miriam mariage
  person:Yakout place:Tinghir
  date:1950..1959   ou   1955
  tag:Événements -is:private
  is:undated   is:untagged   has:faces</translation>
    </message>
    <message>
        <source>Cannot read this search at character %1: %2</source>
        <translation>Recherche illisible au caractère %1 : %2</translation>
    </message>
</context>
<context>
    <name>SidebarModel</name>
    <message>
        <source>Damaged pictures</source>
        <translation>Images abîmées</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Click to show these; Ctrl+click to narrow the current search</source>
        <translation>Cliquez pour les afficher ; Ctrl+clic pour affiner la recherche en cours</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Collection</translation>
    </message>
    <message>
        <source>All items</source>
        <translation>Tous les éléments</translation>
    </message>
    <message>
        <source>Undated</source>
        <translation>Sans date</translation>
    </message>
    <message>
        <source>No one tagged</source>
        <translation>Aucune personne identifiée</translation>
    </message>
    <message>
        <source>Possible copies</source>
        <translation>Doublons possibles</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privé</translation>
    </message>
    <message>
        <source>Import failures (this session)</source>
        <translation>Échecs d’importation (cette session)</translation>
    </message>
    <message>
        <source>Files that could not be imported, and why</source>
        <translation>Les fichiers qui n’ont pas pu être importés, et pourquoi</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Lieux</translation>
    </message>
    <message>
        <source>Decades</source>
        <translation>Décennies</translation>
    </message>
    <message>
        <source>%1s</source>
        <translation>Années %1</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <source>Films and scenes</source>
        <translation>Films et scènes</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Corbeille</translation>
    </message>
    <message>
        <source>Items moved to the trash: restore them, or empty the trash</source>
        <translation>Éléments mis à la corbeille : restaurez-les, ou videz la corbeille</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <source>%1s</source>
        <comment>a decade, e.g. 1950s</comment>
        <translation>Années %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln item(s)</source>
        <translation><numerusform>%1 : %Ln élément</numerusform><numerusform>%1 : %Ln éléments</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln more may be from then (uncertain dates)</source>
        <translation><numerusform>%Ln autre pourrait dater de cette époque (date incertaine)</numerusform><numerusform>%Ln autres pourraient dater de cette époque (dates incertaines)</numerusform></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>By year</source>
        <translation>Par année</translation>
    </message>
    <message>
        <source>By decade</source>
        <translation>Par décennie</translation>
    </message>
    <message>
        <source>No dated items</source>
        <translation>Aucun élément daté</translation>
    </message>
    <message numerus="yes">
        <source>%Ln undated</source>
        <translation><numerusform>%Ln sans date</numerusform><numerusform>%Ln sans date</numerusform></translation>
    </message>
</context>
<context>
    <name>TokenListEdit</name>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 sur %3)</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Retirer %1</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation><numerusform>et %n autre</numerusform><numerusform>et %n autres</numerusform></translation>
    </message>
</context>
<context>
    <name>Toolbar</name>
    <message>
        <source>Films</source>
        <translation>Films</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Lieux</translation>
    </message>
    <message>
        <source>Open large</source>
        <translation>Ouvrir en grand</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
</context>
<context>
    <name>ViewerWindow</name>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Agrandir</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Réduire</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>100%</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>Tag a face</source>
        <translation>Identifier un visage</translation>
    </message>
    <message>
        <source>Draw a rectangle around a face (or hold Ctrl while dragging)</source>
        <translation>Tracer un rectangle autour d’un visage (ou maintenir Ctrl en faisant glisser)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>This item has no file.</source>
        <translation>Cet élément n’a pas de fichier.</translation>
    </message>
    <message>
        <source>Cannot show this picture: %1</source>
        <translation>Impossible d’afficher cette image : %1</translation>
    </message>
    <message>
        <source>This item was deleted.</source>
        <translation>Cet élément a été supprimé.</translation>
    </message>
    <message>
        <source>%1 — Viewer</source>
        <translation>%1 — Visionneuse</translation>
    </message>
    <message>
        <source>Item %1 of %2</source>
        <translation>Élément %1 sur %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Zoom %1%</source>
        <translation>Zoom %1 %</translation>
    </message>
    <message>
        <source>Showing the preview: the original cannot be read (%1)</source>
        <translation>Aperçu affiché : l’original est illisible (%1)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Flip</source>
        <translation>Retourner</translation>
    </message>
    <message>
        <source>Show the front</source>
        <translation>Voir le recto</translation>
    </message>
    <message>
        <source>Show the back</source>
        <translation>Voir le verso</translation>
    </message>
    <message>
        <source>Slideshow</source>
        <translation>Diaporama</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Plein écran</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Premier</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Dernier</translation>
    </message>
    <message>
        <source>Show the next item every few seconds (Space)</source>
        <translation>Passer à l’élément suivant toutes les quelques secondes (Espace)</translation>
    </message>
    <message>
        <source>Fill the screen (F11); Esc leaves</source>
        <translation>Remplir l’écran (F11) ; Échap pour en sortir</translation>
    </message>
    <message>
        <source>Slideshow: Space stops it</source>
        <translation>Diaporama : Espace l’arrête</translation>
    </message>
    <message>
        <source>Maybe %1 (%2%)</source>
        <translation>Peut-être %1 (%2 %)</translation>
    </message>
    <message>
        <source>A face not named yet</source>
        <translation>Un visage pas encore nommé</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <source>Something went wrong: %1. What you were doing may not have finished; the collection keeps every change whole or not at all.</source>
        <translation>Un problème est survenu : %1. Ce que vous faisiez n’est peut-être pas terminé ; la collection garde chaque modification entière ou pas du tout.</translation>
    </message>
    <message>
        <source>The details are also in the log: %1</source>
        <translation>Les détails sont aussi dans le journal : %1</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Copier les détails</translation>
    </message>
</context>
<context>
    <name>TrashBar</name>
    <message>
        <source>Items in the trash are hidden from searches and exports; their files are kept until the trash is emptied.</source>
        <translation>Les éléments de la corbeille sont absents des recherches et des exports ; leurs fichiers sont gardés jusqu’à ce que la corbeille soit vidée.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Empty trash…</source>
        <translation>Vider la corbeille…</translation>
    </message>
</context>
<context>
    <name>TrashActions</name>
    <message>
        <source>Move to trash</source>
        <translation>Mettre à la corbeille</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Empty trash…</source>
        <translation>Vider la corbeille…</translation>
    </message>
    <message>
        <source>Empty the trash</source>
        <translation>Vider la corbeille</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n item(s) in the trash for good?</source>
        <translation>
            <numerusform>Supprimer définitivement l’élément de la corbeille ?</numerusform><numerusform>Supprimer définitivement les %n éléments de la corbeille ?</numerusform></translation>
    </message>
    <message>
        <source>Their files, thumbnails and embedded metadata are removed from the collection (unless another item uses them). Undo brings back their descriptions, not their files.</source>
        <translation>Leurs fichiers, vignettes et métadonnées intégrées sont retirés de la collection (sauf si un autre élément les utilise). Annuler rend leurs descriptions, pas leurs fichiers.</translation>
    </message>
    <message>
        <source>Empty trash</source>
        <translation>Vider la corbeille</translation>
    </message>
    <message numerus="yes">
        <source>Restore %n item(s)</source>
        <translation>
            <numerusform>Restaurer %n élément</numerusform><numerusform>Restaurer %n éléments</numerusform></translation>
    </message>
    <message>
        <source>Restore all</source>
        <translation>Tout restaurer</translation>
    </message>
</context>
<context>
    <name>RecordDeleter</name>
    <message>
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message numerus="yes">
        <source>on %n item(s)</source>
        <translation>
            <numerusform>sur %n élément</numerusform><numerusform>sur %n éléments</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>(%n in the trash)</source>
        <translation>
            <numerusform>(%n dans la corbeille)</numerusform><numerusform>(%n dans la corbeille)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>in the relations of %n person(s)</source>
        <translation>
            <numerusform>dans les relations de %n personne</numerusform><numerusform>dans les relations de %n personnes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>as the birth or death place of %n person(s)</source>
        <translation>
            <numerusform>comme lieu de naissance ou de décès de %n personne</numerusform><numerusform>comme lieu de naissance ou de décès de %n personnes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>in %n scene(s)</source>
        <translation>
            <numerusform>dans %n scène</numerusform><numerusform>dans %n scènes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>as the framing of %n scene link(s)</source>
        <translation>
            <numerusform>comme cadrage de %n lien de scène</numerusform><numerusform>comme cadrage de %n liens de scène</numerusform></translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 is still used %2. Choose who takes over every use; then %1 is deleted. You can undo this.</source>
        <translation>%1 est encore utilisé %2. Choisissez qui reprend chacun de ces usages ; %1 sera ensuite supprimé. Vous pourrez annuler.</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <source>Reassign and delete</source>
        <translation>Réattribuer et supprimer</translation>
    </message>
    <message>
        <source>Choose who takes over…</source>
        <translation>Choisissez qui reprend…</translation>
    </message>
</context>
<context>
    <name>FilmDeleteButton</name>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Delete scene…</source>
        <translation>Supprimer la scène…</translation>
    </message>
    <message>
        <source>Delete film…</source>
        <translation>Supprimer le film…</translation>
    </message>
    <message numerus="yes">
        <source>Delete scene %1 and its %n link(s)?</source>
        <translation>
            <numerusform>Supprimer la scène %1 (%n lien) ?</numerusform><numerusform>Supprimer la scène %1 et ses %n liens ?</numerusform></translation>
    </message>
    <message>
        <source>Deleted scene %1</source>
        <translation>Scène %1 supprimée</translation>
    </message>
    <message numerus="yes">
        <source>Delete the film %1 with its %n scene(s)?</source>
        <translation>
            <numerusform>Supprimer le film %1 (%n scène) ?</numerusform><numerusform>Supprimer le film %1 et ses %n scènes ?</numerusform></translation>
    </message>
    <message>
        <source>Deleted the film %1</source>
        <translation>Film %1 supprimé</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>The items stay in the collection.</source>
        <translation>Les éléments restent dans la collection.</translation>
    </message>
</context>
<context>
    <name>RatingActions</name>
    <message numerus="yes">
        <source>Give %n item(s) a rating of %1</source>
        <translation>
            <numerusform>Donner la note %1 à %n élément</numerusform><numerusform>Donner la note %1 à %n éléments</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Clear the rating of %n item(s)</source>
        <translation>
            <numerusform>Effacer la note de %n élément</numerusform><numerusform>Effacer la note de %n éléments</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Clear the colour label of %n item(s)</source>
        <translation>
            <numerusform>Retirer l’étiquette de couleur de %n élément</numerusform><numerusform>Retirer l’étiquette de couleur de %n éléments</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Label %n item(s) %1</source>
        <translation>
            <numerusform>Étiqueter %n élément en %1</numerusform><numerusform>Étiqueter %n éléments en %1</numerusform></translation>
    </message>
    <message>
        <source>red</source>
        <translation>rouge</translation>
    </message>
    <message>
        <source>yellow</source>
        <translation>jaune</translation>
    </message>
    <message>
        <source>green</source>
        <translation>vert</translation>
    </message>
    <message>
        <source>blue</source>
        <translation>bleu</translation>
    </message>
    <message>
        <source>No rating</source>
        <translation>Sans note</translation>
    </message>
</context>
<context>
    <name>AssertionDialog</name>
    <message>
        <source>Identification of %1</source>
        <translation>Identification de %1</translation>
    </message>
    <message>
        <source>Who says so</source>
        <translation>Qui l’affirme</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>RECORDING_ID@00:03:12, an item ID, family.ged, or words</source>
        <translation>ID_ENREGISTREMENT@00:03:12, un ID d’élément, famille.ged, ou des mots</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>DetailsEvidence</name>
    <message>
        <source>eyewitness</source>
        <translation>témoin direct</translation>
    </message>
    <message>
        <source>inscription</source>
        <translation>inscription</translation>
    </message>
    <message>
        <source>testimony</source>
        <translation>témoignage</translation>
    </message>
    <message>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <source>family tree</source>
        <translation>arbre généalogique</translation>
    </message>
    <message>
        <source>accepted suggestion</source>
        <translation>suggestion acceptée</translation>
    </message>
    <message>
        <source>file metadata</source>
        <translation>métadonnées du fichier</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>proposée</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>acceptée</translation>
    </message>
    <message>
        <source>disputed</source>
        <translation>contestée</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejetée</translation>
    </message>
    <message>
        <source>certain</source>
        <translation>certaine</translation>
    </message>
    <message>
        <source>probable</source>
        <translation>probable</translation>
    </message>
    <message>
        <source>possible</source>
        <translation>possible</translation>
    </message>
    <message>
        <source>very low</source>
        <translation>très faible</translation>
    </message>
    <message>
        <source>low</source>
        <translation>faible</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>normale</translation>
    </message>
    <message>
        <source>high</source>
        <translation>élevée</translation>
    </message>
    <message>
        <source>very high</source>
        <translation>très élevée</translation>
    </message>
    <message>
        <source>%1: the photo is dated before their birth (%2).</source>
        <translation>%1 : la photo est datée d’avant sa naissance (%2).</translation>
    </message>
    <message>
        <source>%1: the photo is dated after their death (%2).</source>
        <translation>%1 : la photo est datée d’après son décès (%2).</translation>
    </message>
    <message>
        <source>%1: the photo's date fits their life only just.</source>
        <translation>%1 : la date de la photo tient tout juste dans sa vie.</translation>
    </message>
    <message>
        <source>%1: an unlikely age for what the photo is tagged as.</source>
        <translation>%1 : un âge peu vraisemblable pour ce que montre la photo selon ses mots-clés.</translation>
    </message>
    <message>
        <source>%1 is tagged twice on a photo that is not a collage.</source>
        <translation>%1 est identifié deux fois sur une photo qui n’est pas un collage.</translation>
    </message>
    <message>
        <source>%1: who is shown on this face is disputed.</source>
        <translation>%1 : l’identité de ce visage est contestée.</translation>
    </message>
    <message>
        <source>Certainty: %1 (%2)</source>
        <translation>Certitude : %1 (%2)</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>quelqu’un</translation>
    </message>
    <message>
        <source>%1 (%2): confidence %3, %4</source>
        <translation>%1 (%2) : confiance %3, %4</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source : %1</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <source>Add identification evidence…</source>
        <translation>Ajouter une preuve d’identification…</translation>
    </message>
    <message>
        <source>Identify %1</source>
        <translation>Identifier %1</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message numerus="yes">
        <source>%1: %n item(s)</source>
        <translation><numerusform>%1 : %n élément</numerusform><numerusform>%1 : %n éléments</numerusform></translation>
    </message>
    <message>
        <source>Also %1 (not pinpointed)</source>
        <translation>Aussi %1 (sans position précise)</translation>
    </message>
</context>
<context>
    <name>MapPanel</name>
    <message>
        <source>Zoom in (+)</source>
        <translation>Zoomer (+)</translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation>Dézoomer (-)</translation>
    </message>
    <message>
        <source>Show every place of the result</source>
        <translation>Montrer tous les lieux du résultat</translation>
    </message>
    <message>
        <source>Places without coordinates</source>
        <translation>Lieux sans coordonnées</translation>
    </message>
    <message>
        <source>Place on the map</source>
        <translation>Placer sur la carte</translation>
    </message>
    <message>
        <source>Country outlines: Natural Earth (public domain)</source>
        <translation>Contours des pays : Natural Earth (domaine public)</translation>
    </message>
    <message>
        <source>Click the map where %1 is (Esc to cancel).</source>
        <translation>Cliquez sur la carte là où se trouve %1 (Échap pour annuler).</translation>
    </message>
    <message>
        <source>Place %1 on the map</source>
        <translation>Placer %1 sur la carte</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>&amp;Carte</translation>
    </message>
</context>
<context>
    <name>PrintBox</name>
    <message>
        <source>The print</source>
        <translation>Le tirage</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vues</translation>
    </message>
    <message>
        <source>Inscriptions</source>
        <translation>Inscriptions</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Custody</source>
        <translation>Détenteurs</translation>
    </message>
    <message>
        <source>Add a custody event…</source>
        <translation>Ajouter une transmission…</translation>
    </message>
    <message>
        <source>Move to a container…</source>
        <translation>Ranger dans un contenant…</translation>
    </message>
    <message>
        <source>No file</source>
        <translation>Aucun fichier</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>Aucune relevée</translation>
    </message>
    <message>
        <source>Not described</source>
        <translation>Non décrit</translation>
    </message>
    <message>
        <source>No transfer recorded</source>
        <translation>Aucune transmission connue</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>Recto</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Verso</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Enlargement</source>
        <translation>Agrandissement</translation>
    </message>
    <message>
        <source>Album page</source>
        <translation>Page d’album</translation>
    </message>
    <message>
        <source>Other view</source>
        <translation>Autre vue</translation>
    </message>
    <message>
        <source>gift</source>
        <translation>don</translation>
    </message>
    <message>
        <source>inheritance</source>
        <translation>héritage</translation>
    </message>
    <message>
        <source>loan</source>
        <translation>prêt</translation>
    </message>
    <message>
        <source>return</source>
        <translation>restitution</translation>
    </message>
    <message>
        <source>scanned and returned</source>
        <translation>numérisé et rendu</translation>
    </message>
    <message>
        <source>purchase</source>
        <translation>achat</translation>
    </message>
    <message>
        <source>found</source>
        <translation>trouvé</translation>
    </message>
    <message>
        <source>gelatin silver</source>
        <translation>gélatino-argentique</translation>
    </message>
    <message>
        <source>albumen</source>
        <translation>albuminé</translation>
    </message>
    <message>
        <source>chromogenic (colour)</source>
        <translation>chromogène (couleur)</translation>
    </message>
    <message>
        <source>instant</source>
        <translation>instantané</translation>
    </message>
    <message>
        <source>digital print</source>
        <translation>tirage numérique</translation>
    </message>
    <message>
        <source>cyanotype</source>
        <translation>cyanotype</translation>
    </message>
    <message>
        <source>tintype</source>
        <translation>ferrotype</translation>
    </message>
    <message>
        <source>other process</source>
        <translation>autre procédé</translation>
    </message>
    <message>
        <source>%1 (normally %2)</source>
        <translation>%1 (d’ordinaire %2)</translation>
    </message>
    <message>
        <source>Not placed</source>
        <translation>Non rangé</translation>
    </message>
    <message>
        <source>%1 %2: %3 → %4</source>
        <translation>%1 %2 : %3 → %4</translation>
    </message>
</context>
<context>
    <name>CustodyDialog</name>
    <message>
        <source>Add a custody event</source>
        <translation>Ajouter une transmission</translation>
    </message>
    <message>
        <source>e.g. c. 1962</source>
        <translation>p. ex. vers 1962</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>Move to a container</source>
        <translation>Ranger dans un contenant</translation>
    </message>
    <message>
        <source>Where in it, e.g. slot 2</source>
        <translation>Où dedans, p. ex. case 2</translation>
    </message>
    <message>
        <source>This is where it belongs (normal location)</source>
        <translation>C’est sa place habituelle</translation>
    </message>
</context>
<context>
    <name>AttachBackDialog</name>
    <message>
        <source>Attach the back of a print</source>
        <translation>Joindre le verso d’un tirage</translation>
    </message>
    <message>
        <source>Which one is the back? It becomes a view of the other.</source>
        <translation>Lequel est le verso ? Il devient une vue de l’autre.</translation>
    </message>
</context>
<context>
    <name>GridMenu</name>
    <message>
        <source>Copy ID</source>
        <translation>Copier l’identifiant</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Add to scene…</source>
        <translation>Ajouter à une scène…</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Afficher dans le dossier</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Colour label</source>
        <translation>Étiquette de couleur</translation>
    </message>
    <message>
        <source>There is no scene yet: make one in Catalogue → Films.</source>
        <translation>Il n’y a pas encore de scène : créez-en une dans Catalogue → Films.</translation>
    </message>
    <message>
        <source>Add to scene</source>
        <translation>Ajouter à une scène</translation>
    </message>
    <message numerus="yes">
        <source>Add %n item(s) to the scene:</source>
        <translation><numerusform>Ajouter %n élément à la scène :</numerusform><numerusform>Ajouter %n éléments à la scène :</numerusform></translation>
    </message>
    <message>
        <source>Already linked to this scene.</source>
        <translation>Déjà lié à cette scène.</translation>
    </message>
    <message numerus="yes">
        <source>Add %n item(s) to a scene</source>
        <translation><numerusform>Ajouter %n élément à une scène</numerusform><numerusform>Ajouter %n éléments à une scène</numerusform></translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Show these</source>
        <translation>Afficher ceux-ci</translation>
    </message>
    <message>
        <source>Narrow the search to these</source>
        <translation>Restreindre la recherche à ceux-ci</translation>
    </message>
    <message>
        <source>Copy name</source>
        <translation>Copier le nom</translation>
    </message>
    <message>
        <source>Edit the person…</source>
        <translation>Modifier la personne…</translation>
    </message>
    <message>
        <source>Edit the place…</source>
        <translation>Modifier le lieu…</translation>
    </message>
    <message>
        <source>Open the film…</source>
        <translation>Ouvrir le film…</translation>
    </message>
    <message>
        <source>Open the scene…</source>
        <translation>Ouvrir la scène…</translation>
    </message>
</context>
<context>
    <name>FaceDetection</name>
    <message>
        <source>Faces %v/%m</source>
        <translation>Visages %v/%m</translation>
    </message>
    <message>
        <source>Stop finding faces</source>
        <translation>Arrêter la recherche des visages</translation>
    </message>
</context>
<context>
    <name>FacesWindow</name>
    <message>
        <source>Faces</source>
        <translation>Visages</translation>
    </message>
    <message>
        <source>Who is it?</source>
        <translation>Qui est-ce ?</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nommer</translation>
    </message>
    <message>
        <source>&amp;Accept suggestions</source>
        <translation>&amp;Accepter les suggestions</translation>
    </message>
    <message>
        <source>Not a &amp;face</source>
        <translation>Pas un &amp;visage</translation>
    </message>
    <message>
        <source>&amp;Ignore</source>
        <translation>&amp;Ignorer</translation>
    </message>
    <message>
        <source>Name each face as its first suggestion (Enter)</source>
        <translation>Nommer chaque visage d’après sa première suggestion (Entrée)</translation>
    </message>
    <message>
        <source>The detector was wrong (Delete)</source>
        <translation>Le détecteur s’est trompé (Suppr)</translation>
    </message>
    <message>
        <source>Leave these faces unnamed for good (I)</source>
        <translation>Laisser ces visages sans nom pour de bon (I)</translation>
    </message>
    <message numerus="yes">
        <source>%n face(s) not named yet</source>
        <translation><numerusform>%n visage pas encore nommé</numerusform><numerusform>%n visages pas encore nommés</numerusform></translation>
    </message>
    <message>
        <source>No faces waiting for a name. Turn on face detection in Preferences.</source>
        <translation>Aucun visage n’attend de nom. Activez la détection des visages dans les Préférences.</translation>
    </message>
    <message numerus="yes">
        <source>%n face(s)</source>
        <translation><numerusform>%n visage</numerusform><numerusform>%n visages</numerusform></translation>
    </message>
    <message>
        <source>maybe %1</source>
        <translation>peut-être %1</translation>
    </message>
    <message>
        <source>%1 px, found on item %2</source>
        <translation>%1 px, trouvé sur l’élément %2</translation>
    </message>
    <message>
        <source>Type or pick the person's name first.</source>
        <translation>Tapez ou choisissez d’abord le nom de la personne.</translation>
    </message>
</context>
<context>
    <name>PageTextBox</name>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>No text yet: read it with Catalogue ▸ Read text (OCR), or type it here.</source>
        <translation>Pas encore de texte : lisez-le avec Catalogue ▸ Lire le texte (OCR), ou tapez-le ici.</translation>
    </message>
    <message>
        <source>Use for search</source>
        <translation>Utiliser pour la recherche</translation>
    </message>
    <message>
        <source>Let search find this machine reading although its confidence is low</source>
        <translation>Laisser la recherche trouver cette lecture automatique malgré sa faible confiance</translation>
    </message>
    <message>
        <source>Unreliable: machine reading of handwriting; type a transcription instead.</source>
        <translation>Peu fiable : lecture automatique d’une écriture manuscrite ; tapez plutôt une transcription.</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>quelqu’un</translation>
    </message>
    <message>
        <source>Typed by %1</source>
        <translation>Tapé par %1</translation>
    </message>
    <message>
        <source>Read by %1, %2% confidence</source>
        <translation>Lu par %1, confiance %2 %</translation>
    </message>
</context>
<context>
    <name>OcrActions</name>
    <message>
        <source>Read text (OCR)</source>
        <translation>Lire le texte (OCR)</translation>
    </message>
    <message numerus="yes">
        <source>Reading the text of %n item(s)…</source>
        <translation>
            <numerusform>Lecture du texte de %n élément…</numerusform><numerusform>Lecture du texte de %n éléments…</numerusform></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stopping after the current page…</source>
        <translation>Arrêt après la page en cours…</translation>
    </message>
    <message>
        <source>%1 of %2 pages read</source>
        <translation>%1 pages lues sur %2</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>TestimonyBox</name>
    <message>
        <source>Play</source>
        <translation>Écouter</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Playing recordings needs Qt Multimedia (the PySide6-Addons package).</source>
        <translation>Pour écouter les enregistrements, il faut Qt Multimedia (le paquet PySide6-Addons).</translation>
    </message>
    <message numerus="yes">
        <source>Recording, %n segment(s)</source>
        <translation>
            <numerusform>Enregistrement, %n extrait</numerusform><numerusform>Enregistrement, %n extraits</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Mentioned in %n recording(s)</source>
        <translation>
            <numerusform>Mentionné dans %n enregistrement</numerusform><numerusform>Mentionné dans %n enregistrements</numerusform></translation>
    </message>
    <message>
        <source>Add segment…</source>
        <translation>Ajouter un extrait…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>SegmentDialog</name>
    <message>
        <source>Add segment</source>
        <translation>Ajouter un extrait</translation>
    </message>
    <message>
        <source>Edit segment</source>
        <translation>Modifier l’extrait</translation>
    </message>
    <message>
        <source>From, to</source>
        <translation>De, à</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Personnes qui parlent</translation>
    </message>
    <message>
        <source>language codes: fr, he, ar</source>
        <translation>codes de langue : fr, he, ar</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Transcript (%1)</source>
        <translation>Transcription (%1)</translation>
    </message>
    <message>
        <source>item IDs, separated by spaces</source>
        <translation>identifiants d’éléments, séparés par des espaces</translation>
    </message>
    <message>
        <source>About the items</source>
        <translation>Parle des éléments</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>family</source>
        <translation>famille</translation>
    </message>
    <message>
        <source>research</source>
        <translation>recherche</translation>
    </message>
    <message>
        <source>film</source>
        <translation>film</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>retiré</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Private (kept out of exports)</source>
        <translation>Privé (exclu des exports)</translation>
    </message>
    <message>
        <source>The end (%1) must come after the start (%2).</source>
        <translation>La fin (%1) doit venir après le début (%2).</translation>
    </message>
    <message>
        <source>No item has the ID %1.</source>
        <translation>Aucun élément n’a l’identifiant %1.</translation>
    </message>
</context>
<context>
    <name>SegmentEditor</name>
    <message>
        <source>Add segment %1 to %2</source>
        <translation>Ajouter l’extrait %1 à %2</translation>
    </message>
    <message>
        <source>Edit segment %1 of %2</source>
        <translation>Modifier l’extrait %1 de %2</translation>
    </message>
    <message>
        <source>Delete segment %1 from %2</source>
        <translation>Supprimer l’extrait %1 de %2</translation>
    </message>
</context>
<context>
    <name>BackDrop</name>
    <message>
        <source>This collection is read-only.</source>
        <translation>Cette collection est en lecture seule.</translation>
    </message>
    <message>
        <source>Drop one item at a time: a print has one back.</source>
        <translation>Déposez un seul élément à la fois : un tirage n’a qu’un dos.</translation>
    </message>
    <message>
        <source>An item cannot be the back of itself.</source>
        <translation>Un élément ne peut pas être son propre dos.</translation>
    </message>
    <message>
        <source>That item is no longer in the collection.</source>
        <translation>Cet élément n’est plus dans la collection.</translation>
    </message>
    <message>
        <source>This print has a back already: make that back its own item first.</source>
        <translation>Ce tirage a déjà un dos : faites d’abord de ce dos un élément à part.</translation>
    </message>
    <message>
        <source>The dropped item has no file to be a back.</source>
        <translation>L’élément déposé n’a pas de fichier qui puisse servir de dos.</translation>
    </message>
    <message>
        <source>Items in the trash cannot be joined.</source>
        <translation>Les éléments de la corbeille ne peuvent pas être réunis.</translation>
    </message>
    <message>
        <source>Attach the back of a print</source>
        <translation>Joindre le dos d’un tirage</translation>
    </message>
    <message>
        <source>Attach “%1” as the back of “%2”?</source>
        <translation>Joindre « %1 » comme dos de « %2 » ?</translation>
    </message>
    <message>
        <source>Its own item goes to the trash; Undo takes it back.</source>
        <translation>Son propre élément va à la corbeille ; Annuler le rétablit.</translation>
    </message>
</context>
<context>
    <name>PrintBox</name>
    <message>
        <source>Make the back its own item</source>
        <translation>Faire du dos un élément à part</translation>
    </message>
</context>
<context>
    <name>Browser</name>
    <message>
        <source>Search and filters are available once the collection is indexed.</source>
        <translation>La recherche et les filtres seront disponibles une fois la collection indexée.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Indexing for search… %1 of %2</source>
        <translation>Indexation pour la recherche… %1 sur %2</translation>
    </message>
</context>
</TS>
