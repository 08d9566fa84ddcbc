// The agent components a code can belong to, with labels in both languages, and how a name maps to one.

/** Every component wuerr knows, keyed by its stable id. */
export const COMPONENTS = {
  core: { en: 'Agent core', de: 'Agent-Kern' },
  'protocol-talker': { en: 'Protocol talker (server communication)', de: 'Protokoll-Talker (Serverkommunikation)' },
  'download-manager': { en: 'Download manager', de: 'Download-Manager' },
  'data-store': { en: 'Data store', de: 'Datenspeicher' },
  'update-handler': { en: 'Update handler (installation)', de: 'Updatehandler (Installation)' },
  'automatic-updates': { en: 'Automatic Updates', de: 'Automatische Updates' },
  'user-interface': { en: 'User interface', de: 'Benutzeroberfläche' },
  'expression-evaluator': { en: 'Expression evaluator (applicability rules)', de: 'Ausdrucksauswertung (Anwendbarkeitsregeln)' },
  reporter: { en: 'Reporter (event reporting)', de: 'Berichterstattung (Ereignisberichte)' },
  'windows-installer': { en: 'Windows Installer', de: 'Windows Installer' },
  'agent-setup': { en: 'Agent setup and self-update', de: 'Agent-Setup und Selbstaktualisierung' },
  'driver-util': { en: 'Driver utility', de: 'Treiberhilfsprogramm' },
  inventory: { en: 'Inventory', de: 'Inventur' },
  redirector: { en: 'Redirector', de: 'Redirector' },
  metadata: { en: 'Update metadata and signatures', de: 'Updatemetadaten und Signaturen' },
  'service-initiated-healing': { en: 'Service-initiated healing', de: 'Dienstinitiierte Reparatur' },
} as const satisfies Record<string, { readonly en: string; readonly de: string }>;

/** A component id, derived from the table above. */
export type ComponentId = keyof typeof COMPONENTS;

/** The name prefixes (after `OM_E_`, `WU_S_` …) that place a code in a component. */
const _PREFIX_COMPONENT: Readonly<Record<string, ComponentId>> = {
  PT: 'protocol-talker',
  DM: 'download-manager',
  DS: 'data-store',
  UH: 'update-handler',
  AU: 'automatic-updates',
  AUCLIENT: 'user-interface',
  WUCLTUI: 'user-interface',
  EE: 'expression-evaluator',
  REPORTER: 'reporter',
  MSI: 'windows-installer',
  MSP: 'windows-installer',
  SETUP: 'agent-setup',
  SELFUPDATE: 'agent-setup',
  DRV: 'driver-util',
  INVENTORY: 'inventory',
  REDIRECTOR: 'redirector',
  METADATA: 'metadata',
  METADATATRUST: 'metadata',
  SIH: 'service-initiated-healing',
};

/**
 * Derives the component from a symbolic name by its subsystem prefix.
 * @param name symbolic name such as `OM_E_PT_HTTP_STATUS_DENIED`
 * @returns the component id; `core` when the name carries no subsystem prefix
 * @example componentFromName('WU_E_DM_NOTDOWNLOADED') //=> 'download-manager'
 */
export function componentFromName(name: string): ComponentId {
  const rest = name.replace(/^(?:OMC|OM|WU)_[SE]_/, '');
  const head = rest.split('_', 1)[0] ?? '';
  return _PREFIX_COMPONENT[head] ?? 'core';
}

/** Tells whether a string is a known component id. */
export function isComponentId(value: string): value is ComponentId {
  return Object.hasOwn(COMPONENTS, value);
}
