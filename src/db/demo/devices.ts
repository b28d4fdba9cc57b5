import type { HouseholdPlan, MeterPlan } from "./households.js";
import type { Identifiers } from "./identifiers.js";
import { Random } from "./random.js";

export interface DevicePlan {
  deviceId: string;
  serialNumber: string;
  /** Kraken DeviceType: ESME, GSME, IHD, CHF or PPMID. */
  type: string;
  status: string;
  manufacturer: string;
  model: string;
  firmwareVersion: string;
  paymentMode: "CREDIT" | "PREPAY" | null;
  importMeter: MeterPlan | null;
  exportMeter: MeterPlan | null;
  gasMeter: MeterPlan | null;
}

interface DeviceModel {
  manufacturer: string;
  model: string;
  /** Organisationally unique identifier: the first three EUI-64 bytes. */
  oui: string;
}

/** Devices by type. The OUIs are made up; the makes are common GB models. */
const MODELS: Record<string, DeviceModel[]> = {
  ESME: [
    { manufacturer: "Landis+Gyr", model: "E470 5394", oui: "00-1C-D5" },
    { manufacturer: "Aclara", model: "SGM1412-A", oui: "00-0D-6F" },
    { manufacturer: "Secure Meters", model: "Liberty 110", oui: "70-B3-D5" },
  ],
  GSME: [
    { manufacturer: "Landis+Gyr", model: "G470", oui: "00-1C-D5" },
    { manufacturer: "Secure Meters", model: "EGM 6", oui: "70-B3-D5" },
  ],
  IHD: [
    {
      manufacturer: "Chameleon Technology",
      model: "IHD6-CAD-SMETS2",
      oui: "00-12-4B",
    },
    { manufacturer: "Geo", model: "Trio II", oui: "00-13-50" },
  ],
  CHF: [
    { manufacturer: "Toshiba", model: "CH2-DB", oui: "00-0D-6F" },
    { manufacturer: "EDMI", model: "CH2-SB", oui: "00-15-8D" },
  ],
  PPMID: [
    {
      manufacturer: "Chameleon Technology",
      model: "PPMID-SMETS2",
      oui: "00-12-4B",
    },
  ],
};

/**
 * Plans the devices on a smart home's network: an electricity meter (ESME) for
 * import and export, a gas meter (GSME), an in-home display, the comms hub
 * and, for prepayment, a prepayment interface. A replaced smart meter keeps
 * its ESME or GSME, decommissioned.
 */
export function planDevices(
  seed: number,
  plan: HouseholdPlan,
  identifiers: Identifiers,
): DevicePlan[] {
  const random = new Random(seed, `devices:${plan.index}`);
  const paymentMode = plan.archetype.prepay ? "PREPAY" : "CREDIT";
  const devices: DevicePlan[] = [];
  const add = (
    type: string,
    meters: Partial<
      Pick<DevicePlan, "importMeter" | "exportMeter" | "gasMeter">
    >,
    options: {
      serialNumber?: string;
      decommissioned?: boolean;
      paymentMode?: DevicePlan["paymentMode"];
    } = {},
  ) => {
    const model = random.pick(MODELS[type] ?? []);

    devices.push({
      deviceId: identifiers.deviceId(
        model.oui,
        plan.index * 16 + devices.length,
      ),
      serialNumber:
        options.serialNumber ?? `${type.slice(0, 2)}${random.digits(8)}`,
      type,
      status: options.decommissioned ? "DECOMMISSIONED" : "COMMISSIONED",
      manufacturer: model.manufacturer,
      model: model.model,
      firmwareVersion: `${random.int(1, 4)}.${random.int(0, 9)}.${random.int(0, 40)}`,
      paymentMode: options.paymentMode ?? null,
      importMeter: meters.importMeter ?? null,
      exportMeter: meters.exportMeter ?? null,
      gasMeter: meters.gasMeter ?? null,
    });
  };

  for (const meter of plan.electricity.meters.filter(
    (candidate) => candidate.smart,
  )) {
    const current = meter.activeTo === null;
    const exportMeter = current
      ? (plan.export?.meters.find((candidate) => candidate.activeTo === null) ??
        null)
      : null;

    add(
      "ESME",
      { importMeter: meter, exportMeter },
      {
        serialNumber: meter.serialNumber,
        decommissioned: !current,
        paymentMode,
      },
    );
  }

  for (const meter of plan.gas?.meters.filter((candidate) => candidate.smart) ??
    []) {
    add(
      "GSME",
      { gasMeter: meter },
      {
        serialNumber: meter.serialNumber,
        decommissioned: meter.activeTo !== null,
        paymentMode,
      },
    );
  }

  add("IHD", {});
  add("CHF", {});

  if (plan.archetype.prepay) add("PPMID", {});

  return devices;
}
