<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>CoreCommand</name>
    <message numerus="yes">
        <source>Edit %n item(s)</source>
        <translation>
            <numerusform>Edit %n item</numerusform><numerusform>Edit %n items</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Tag %n item(s)</source>
        <translation>
            <numerusform>Tag %n item</numerusform><numerusform>Tag %n items</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Move %n item(s) to the trash</source>
        <translation>
            <numerusform>Move %n item to the trash</numerusform><numerusform>Move %n items to the trash</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Restore %n item(s) from the trash</source>
        <translation>
            <numerusform>Restore %n item from the trash</numerusform><numerusform>Restore %n items from the trash</numerusform></translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message numerus="yes">
        <source>Reading %n items…</source>
        <translation>
            <numerusform>Reading %n item…</numerusform><numerusform>Reading %n items…</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n items selected</source>
        <translation>
            <numerusform>%n item selected</numerusform><numerusform>%n items selected</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Set date of %n item(s)</source>
        <translation><numerusform>Set date of %n item</numerusform><numerusform>Set date of %n items</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Set type of %n item(s)</source>
        <translation><numerusform>Set type of %n item</numerusform><numerusform>Set type of %n items</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Set rights of %n item(s)</source>
        <translation><numerusform>Set rights of %n item</numerusform><numerusform>Set rights of %n items</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Set title of %n item(s)</source>
        <translation><numerusform>Set title of %n item</numerusform><numerusform>Set title of %n items</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Set description of %n item(s)</source>
        <translation><numerusform>Set description of %n item</numerusform><numerusform>Set description of %n items</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Set notes of %n item(s)</source>
        <translation><numerusform>Set notes of %n item</numerusform><numerusform>Set notes of %n items</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Set holder of %n item(s)</source>
        <translation><numerusform>Set holder of %n item</numerusform><numerusform>Set holder of %n items</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Set album of %n item(s)</source>
        <translation><numerusform>Set album of %n item</numerusform><numerusform>Set album of %n items</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Set box of %n item(s)</source>
        <translation><numerusform>Set box of %n item</numerusform><numerusform>Set box of %n items</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Set page of %n item(s)</source>
        <translation><numerusform>Set page of %n item</numerusform><numerusform>Set page of %n items</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Set archive reference of %n item(s)</source>
        <translation><numerusform>Set archive reference of %n item</numerusform><numerusform>Set archive reference of %n items</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Set provenance of %n item(s)</source>
        <translation><numerusform>Set provenance of %n item</numerusform><numerusform>Set provenance of %n items</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Add %1 to %n item(s)</source>
        <translation><numerusform>Add %1 to %n item</numerusform><numerusform>Add %1 to %n items</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Remove %1 from %n item(s)</source>
        <translation><numerusform>Remove %1 from %n item</numerusform><numerusform>Remove %1 from %n items</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Add place %1 to %n item(s)</source>
        <translation><numerusform>Add place %1 to %n item</numerusform><numerusform>Add place %1 to %n items</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Remove place %1 from %n item(s)</source>
        <translation><numerusform>Remove place %1 from %n item</numerusform><numerusform>Remove place %1 from %n items</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Add tag '%1' to %n item(s)</source>
        <translation><numerusform>Add tag '%1' to %n item</numerusform><numerusform>Add tag '%1' to %n items</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Remove tag '%1' from %n item(s)</source>
        <translation><numerusform>Remove tag '%1' from %n item</numerusform><numerusform>Remove tag '%1' from %n items</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Mark %n item(s) private</source>
        <translation><numerusform>Mark %n item private</numerusform><numerusform>Mark %n items private</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Mark %n item(s) not private</source>
        <translation><numerusform>Mark %n item not private</numerusform><numerusform>Mark %n items not private</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Edit %n item(s)</source>
        <translation><numerusform>Edit %n item</numerusform><numerusform>Edit %n items</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Move %n item(s)</source>
        <translation>
            <numerusform>Move %n item</numerusform><numerusform>Move %n items</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n face(s) not named yet</source>
        <translation><numerusform>%n face not named yet</numerusform><numerusform>%n faces not named yet</numerusform></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform><numerusform>%n items</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n item(s) to %1…</source>
        <translation>
            <numerusform>Exporting %n item to %1…</numerusform><numerusform>Exporting %n items to %1…</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n item(s) as %1.</source>
        <translation>
            <numerusform>Exported %n item as %1.</numerusform><numerusform>Exported %n items as %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s): see the log.</source>
        <translation>
            <numerusform>%n warning: see the log.</numerusform><numerusform>%n warnings: see the log.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n private item(s)</source>
        <translation>
            <numerusform>%n private item</numerusform><numerusform>%n private items</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n private person(s)</source>
        <translation>
            <numerusform>%n private person</numerusform><numerusform>%n private people</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n private person tag(s)</source>
        <translation>
            <numerusform>%n private person tag</numerusform><numerusform>%n private person tags</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n living person's name(s) replaced</source>
        <translation>
            <numerusform>%n living person's name replaced</numerusform><numerusform>%n living people's names replaced</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n living person(s) left out</source>
        <translation>
            <numerusform>%n living person left out</numerusform><numerusform>%n living people left out</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n living person's detail(s)</source>
        <translation>
            <numerusform>%n living person's detail</numerusform><numerusform>%n living people's details</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) showing living people</source>
        <translation>
            <numerusform>%n photo showing living people</numerusform><numerusform>%n photos showing living people</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n exact position(s) rounded</source>
        <translation>
            <numerusform>%n exact position rounded</numerusform><numerusform>%n exact positions rounded</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n exact position(s)</source>
        <translation>
            <numerusform>%n exact position</numerusform><numerusform>%n exact positions</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n position(s) of places not to pinpoint</source>
        <translation>
            <numerusform>%n position of places not to pinpoint</numerusform><numerusform>%n positions of places not to pinpoint</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n face region(s) of living people</source>
        <translation>
            <numerusform>%n face region of living people</numerusform><numerusform>%n face regions of living people</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s) of withheld names in texts</source>
        <translation>
            <numerusform>%n mention of withheld names in texts</numerusform><numerusform>%n mentions of withheld names in texts</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>the metadata embedded in %n file(s)</source>
        <translation>
            <numerusform>the metadata embedded in %n file</numerusform><numerusform>the metadata embedded in %n files</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n original file path(s)</source>
        <translation>
            <numerusform>%n original file path</numerusform><numerusform>%n original file paths</numerusform></translation>
    </message>
</context>
<context>
    <name>FailuresDialog</name>
    <message numerus="yes">
        <source>%n file(s) could not be imported:</source>
        <translation>
            <numerusform>%n file could not be imported:</numerusform><numerusform>%n files could not be imported:</numerusform></translation>
    </message>
</context>
<context>
    <name>Films</name>
    <message numerus="yes">
        <source>%n on screen</source>
        <translation>
            <numerusform>%n on screen</numerusform><numerusform>%n on screen</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n more</numerusform><numerusform>%n more</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n uncleared</source>
        <translation>
            <numerusform>%n uncleared</numerusform><numerusform>%n uncleared</numerusform></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform><numerusform>%1 and %n more</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) imported.</source>
        <translation>
            <numerusform>%n item imported.</numerusform><numerusform>%n items imported.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) were already in the collection.</source>
        <translation>
            <numerusform>%n file was already in the collection.</numerusform><numerusform>%n files were already in the collection.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported:</source>
        <translation>
            <numerusform>%n file could not be imported:</numerusform><numerusform>%n files could not be imported:</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) found</source>
        <translation><numerusform>%n file found</numerusform><numerusform>%n files found</numerusform></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n item(s) imported</source>
        <translation>
            <numerusform>%n item imported</numerusform><numerusform>%n items imported</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln item</numerusform><numerusform>%Ln items</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln item(s)</source>
        <translation>
            <numerusform>%1 of %Ln item</numerusform><numerusform>%1 of %Ln items</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected</source>
        <translation>
            <numerusform>%Ln selected</numerusform><numerusform>%Ln selected</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n selected item(s)</source>
        <translation>
            <numerusform>%n selected item</numerusform><numerusform>%n selected items</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) found by the search</source>
        <translation>
            <numerusform>%n item found by the search</numerusform><numerusform>%n items found by the search</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>all %n item(s)</source>
        <translation>
            <numerusform>the one item</numerusform><numerusform>all %n items</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) in the trash</source>
        <translation>
            <numerusform>%Ln item in the trash</numerusform><numerusform>%Ln items in the trash</numerusform></translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message numerus="yes">
        <source>%1: %Ln item(s)</source>
        <translation>
            <numerusform>%1: %Ln item</numerusform><numerusform>%1: %Ln items</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln more may be from then (uncertain dates)</source>
        <translation>
            <numerusform>%Ln more may be from then (uncertain dates)</numerusform><numerusform>%Ln more may be from then (uncertain dates)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln undated</source>
        <translation>
            <numerusform>%Ln undated</numerusform><numerusform>%Ln undated</numerusform></translation>
    </message>
</context>
<context>
    <name>TokenListEdit</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform><numerusform>and %n more</numerusform></translation>
    </message>
</context>
<context>
    <name>TrashActions</name>
    <message numerus="yes">
        <source>Delete the %n item(s) in the trash for good?</source>
        <translation>
            <numerusform>Delete the %n item in the trash for good?</numerusform><numerusform>Delete the %n items in the trash for good?</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Restore %n item(s)</source>
        <translation>
            <numerusform>Restore %n item</numerusform><numerusform>Restore %n items</numerusform></translation>
    </message>
</context>
<context>
    <name>RecordDeleter</name>
    <message numerus="yes">
        <source>on %n item(s)</source>
        <translation>
            <numerusform>on %n item</numerusform><numerusform>on %n items</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>(%n in the trash)</source>
        <translation>
            <numerusform>(%n in the trash)</numerusform><numerusform>(%n in the trash)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>in the relations of %n person(s)</source>
        <translation>
            <numerusform>in the relations of %n person</numerusform><numerusform>in the relations of %n people</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>as the birth or death place of %n person(s)</source>
        <translation>
            <numerusform>as the birth or death place of %n person</numerusform><numerusform>as the birth or death place of %n people</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>in %n scene(s)</source>
        <translation>
            <numerusform>in %n scene</numerusform><numerusform>in %n scenes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>as the framing of %n scene link(s)</source>
        <translation>
            <numerusform>as the framing of %n scene link</numerusform><numerusform>as the framing of %n scene links</numerusform></translation>
    </message>
</context>
<context>
    <name>FilmDeleteButton</name>
    <message numerus="yes">
        <source>Delete scene %1 and its %n link(s)?</source>
        <translation>
            <numerusform>Delete scene %1 and its %n link?</numerusform><numerusform>Delete scene %1 and its %n links?</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Delete the film %1 with its %n scene(s)?</source>
        <translation>
            <numerusform>Delete the film %1 with its %n scene?</numerusform><numerusform>Delete the film %1 with its %n scenes?</numerusform></translation>
    </message>
</context>
<context>
    <name>ExportButton</name>
    <message numerus="yes">
        <source>(%n thing(s) withheld or replaced for privacy)</source>
        <translation>
            <numerusform>(%n thing withheld or replaced for privacy)</numerusform>
            <numerusform>(%n things withheld or replaced for privacy)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RatingActions</name>
    <message numerus="yes">
        <source>Give %n item(s) a rating of %1</source>
        <translation>
            <numerusform>Give %n item a rating of %1</numerusform><numerusform>Give %n items a rating of %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Clear the rating of %n item(s)</source>
        <translation>
            <numerusform>Clear the rating of %n item</numerusform><numerusform>Clear the rating of %n items</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Clear the colour label of %n item(s)</source>
        <translation>
            <numerusform>Clear the colour label of %n item</numerusform><numerusform>Clear the colour label of %n items</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Label %n item(s) %1</source>
        <translation>
            <numerusform>Label %n item %1</numerusform><numerusform>Label %n items %1</numerusform></translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message numerus="yes">
        <source>%1: %n item(s)</source>
        <translation><numerusform>%1: %n item</numerusform><numerusform>%1: %n items</numerusform></translation>
    </message>
</context>
<context>
    <name>GridMenu</name>
    <message numerus="yes">
        <source>Add %n item(s) to the scene:</source>
        <translation><numerusform>Add %n item to the scene:</numerusform><numerusform>Add %n items to the scene:</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Add %n item(s) to a scene</source>
        <translation><numerusform>Add %n item to a scene</numerusform><numerusform>Add %n items to a scene</numerusform></translation>
    </message>
</context>
<context>
    <name>FacesWindow</name>
    <message numerus="yes">
        <source>%n face(s) not named yet</source>
        <translation><numerusform>%n face not named yet</numerusform><numerusform>%n faces not named yet</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n face(s)</source>
        <translation><numerusform>%n face</numerusform><numerusform>%n faces</numerusform></translation>
    </message>
</context>
<context>
    <name>OcrActions</name>
    <message numerus="yes">
        <source>Reading the text of %n item(s)…</source>
        <translation>
            <numerusform>Reading the text of %n item…</numerusform><numerusform>Reading the text of %n items…</numerusform></translation>
    </message>
</context>
<context>
    <name>TestimonyBox</name>
    <message numerus="yes">
        <source>Recording, %n segment(s)</source>
        <translation>
            <numerusform>Recording, %n segment</numerusform><numerusform>Recording, %n segments</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Mentioned in %n recording(s)</source>
        <translation>
            <numerusform>Mentioned in %n recording</numerusform><numerusform>Mentioned in %n recordings</numerusform></translation>
    </message>
</context>
</TS>
