import { format } from 'date-fns';
import { DUTCH_DATE_TIME_FORMAT } from '../../domain/dates';
import { DEFAULT_COUNTRY, type Country } from '../../domain/countries';
import type { Customer } from '../../domain/model';

/** What the intake form holds: every control's raw string, so nothing typed is ever lost. */
export interface IntakeFormValues {
  customerId: string | null;
  customer: {
    name: string;
    salutation: 'mevrouw' | 'heer' | 'neutral';
    phone: string;
    email: string;
    street: string;
    postcode: string;
    city: string;
    country: Country;
    customerNumber: string;
  };
  complaint: {
    channel: 'phone' | 'desk' | 'letter' | 'email' | 'website' | 'form';
    receivedAt: string;
    problemArisenOn: string;
    summary: string;
    description: string;
    category: string;
    productOrService: string;
    employeesInvolved: string;
    remedySought: string;
    confidential: boolean;
  };
  /** Where the procedure judges seriousness (000): '' until someone does. */
  seriousness: '' | 'yes' | 'no';
}

export function emptyIntake(now: Date): IntakeFormValues {
  return {
    customerId: null,
    customer: { name: '', salutation: 'neutral', phone: '', email: '', street: '', postcode: '', city: '', country: DEFAULT_COUNTRY, customerNumber: '' },
    complaint: {
      channel: 'phone',
      receivedAt: format(now, DUTCH_DATE_TIME_FORMAT),
      problemArisenOn: '',
      summary: '',
      description: '',
      category: '',
      productOrService: '',
      employeesInvolved: '',
      remedySought: '',
      confidential: false,
    },
    seriousness: '',
  };
}

export function customerToForm(customer: Customer): IntakeFormValues['customer'] {
  return {
    name: customer.name,
    salutation: customer.salutation,
    phone: customer.phone,
    email: customer.email,
    street: customer.street,
    postcode: customer.postcode,
    city: customer.city,
    // A customer synced from a workstation that does not know countries yet lives in the Netherlands, as upgrade 11 says.
    country: customer.country ?? DEFAULT_COUNTRY,
    customerNumber: customer.customerNumber,
  };
}

/** True when the receptionist typed something worth keeping (the defaults alone are not). */
export function hasTypedInput(values: IntakeFormValues): boolean {
  const { customer, complaint } = values;
  return Boolean(
    values.customerId ||
      Object.entries(customer).some(([key, value]) => key !== 'salutation' && !(key === 'country' && value === DEFAULT_COUNTRY) && String(value).trim() !== '') ||
      [complaint.summary, complaint.description, complaint.category, complaint.productOrService, complaint.employeesInvolved, complaint.remedySought, complaint.problemArisenOn].some(
        (value) => value.trim() !== '',
      ),
  );
}
