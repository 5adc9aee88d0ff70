// The offline geocoder, in a module of its own that PhoneNumbers loads on first use (see PhoneNumbers.cpp
// for why). It exports one function; the caller and this module share libphonenumber's types.

#include <QtGlobal>

#include <phonenumbers/geocoding/phonenumber_offline_geocoder.h>
#include <phonenumbers/phonenumber.pb.h>
#include <unicode/locid.h>

#include <string>

// Where the number is, in English ("San Francisco, CA", "Italy"); empty when unknown. `geographic` says the
// number is valid and of a fixed-line or mobile type, which spares the geocoder validating it again.
extern "C" Q_DECL_EXPORT void leadrails_describe_number(const i18n::phonenumbers::PhoneNumber &number,
                                                        bool geographic, std::string &description)
{
    // Built on first use: it indexes every prefix file. It guards the maps it loads with its own mutex.
    static const i18n::phonenumbers::PhoneNumberOfflineGeocoder geocoder;
    static const icu::Locale english("en", "US");
    description = geographic ? geocoder.GetDescriptionForValidNumber(number, english)
                             : geocoder.GetDescriptionForNumber(number, english);
}
