/** Dutch messages for the overview area: where each loopbaancompetentie stands. */
export default {
  overview: {
    title: 'Overzicht per competentie',
    intro:
      'Hier zie je per loopbaancompetentie wat je hebt vastgelegd en hoe je groeit. Heb je ergens al 3 maanden niets over vastgelegd, dan zie je dat hier.',
    recorded: 'Vastgelegd',
    entries: 'niets | 1 item | {n} items',
    counts: {
      experiences: '0 ervaringen | 1 ervaring | {n} ervaringen',
      reflections: '0 reflecties | 1 reflectie | {n} reflecties',
      goals: '0 doelen | 1 doel | {n} doelen',
    },
    lastActivity: 'Laatste keer',
    never: 'nog nooit',
    leermeter: 'Leermeter',
    leermeterNone: 'nog geen meting',
    leermeterOne: 'één meting: {step}',
    leermeterGrowth: 'van {from} naar {to}',
    gapSince: 'Je hebt sinds {month} niets over {topic} vastgelegd.',
    gapNever: 'Je hebt nog nooit iets over {topic} vastgelegd.',
    addExperience: 'Ervaring toevoegen',
    addReflection: 'Reflectie schrijven',
    // Short, side by side on a phone; the full action is the button's accessible name.
    addExperienceShort: 'Ervaring',
    addReflectionShort: 'Reflectie',
    showInTimeline: 'Bekijk in je tijdlijn',
    addFor: '{action}: {name}',
    // What each competency is about, to finish the sentence "niets over … vastgelegd".
    topics: {
      kwaliteitenreflectie: 'je kwaliteiten',
      motievenreflectie: 'je motieven',
      werkexploratie: 'werk en opleidingen',
      loopbaansturing: 'je keuzes en volgende stap',
      netwerken: 'netwerken',
    },
  },
};
